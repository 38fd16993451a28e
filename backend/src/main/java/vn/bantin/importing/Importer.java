package vn.bantin.importing;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.logging.Logger;
import vn.bantin.common.BantinConfig;
import vn.bantin.common.FieldError;
import vn.bantin.common.ProblemException;

/**
 * Imports a folder of old portal pages, page by page: reads each (any encoding), parses it as text or HTML,
 * and writes it in its own transaction. A page that fails is reported with its file, line and reason, and the
 * rest goes on; files that are not pages are counted and left.
 */
@ApplicationScoped
public class Importer {
    private static final Logger LOG = Logger.getLogger(Importer.class);
    /** Pages read, checked for repeats and named before being written; bounds the memory a run holds. */
    static final int BATCH = 200;

    private static final int WRITE_ATTEMPTS = 3;

    /** A page read and parsed; {@code encoding} names the legacy encoding it was converted from, if any. */
    private record Read(String file, OldPortalPage page, String encoding) {}

    private final ImportWriter writer;
    private final Clock clock;
    private final int workers;

    Importer(ImportWriter writer, Clock clock, BantinConfig config) {
        this.writer = writer;
        this.clock = clock;
        this.workers = Math.max(1, config.importing().workers());
    }

    ImportRun newRun() {
        return new ImportRun(clock);
    }

    /**
     * {@code afterEachPage} runs after every page (the command's progress bar), one call at a time. False when the
     * thread was interrupted (the server stopping): the pages done so far are in, a new run goes on from there.
     */
    boolean run(List<PageFolder.Entry> entries, ImportRun run, Runnable afterEachPage) {
        List<PageFolder.Entry> pages =
                entries.stream().filter(e -> e.kind() != PageFolder.Kind.OTHER).toList();
        run.start(pages.size(), entries.size() - pages.size());
        Map<String, String> firstFileOf = new HashMap<>();
        ExecutorService workers =
                Executors.newFixedThreadPool(this.workers, r -> new Thread(r, "bantin-import-worker"));
        try {
            for (int from = 0; from < pages.size(); from += BATCH) {
                if (Thread.currentThread().isInterrupted()) {
                    return false;
                }
                List<PageFolder.Entry> batch = pages.subList(from, Math.min(pages.size(), from + BATCH));
                importBatch(batch, run, firstFileOf, workers, () -> {
                    synchronized (afterEachPage) {
                        afterEachPage.run();
                    }
                });
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            workers.shutdownNow();
            run.finish();
        }
    }

    /**
     * Reads the batch's pages side by side, sets aside those that repeat a bulletin met earlier in this run (the
     * first file in path order keeps it), creates the names they use, then writes them side by side: a page waits
     * mostly for the database, so a few writers keep both cores busy.
     */
    private void importBatch(
            List<PageFolder.Entry> batch,
            ImportRun run,
            Map<String, String> firstFileOf,
            ExecutorService workers,
            Runnable afterEachPage)
            throws InterruptedException {
        List<Read> read = invokeAll(
                workers,
                batch.stream()
                        .map(entry -> (Callable<Read>) () -> read(entry, run))
                        .toList());
        List<Read> toWrite = new ArrayList<>();
        for (Read page : read) {
            if (page == null) {
                continue;
            }
            String identity = page.page().title() + "\u0000" + page.page().publishedAt();
            String first = firstFileOf.putIfAbsent(identity, page.file());
            if (first != null) {
                run.written(
                        page.file(),
                        new ImportWriter.Outcome(ImportWriter.Result.DUPLICATE, 0, null, List.of(), first));
                afterEachPage.run();
            } else {
                toWrite.add(page);
            }
        }
        for (int i = 0; i < read.size(); i++) {
            if (read.get(i) == null) {
                afterEachPage.run(); // failed while reading: counted already
            }
        }
        ImportWriter.Names names;
        try {
            names = writer.names(toWrite.stream().map(Read::page).toList());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Creating the categories and authors of a batch failed");
            toWrite.forEach(p -> run.failed(p.file(), 0, "its category or author could not be created: " + e));
            return;
        }
        invokeAll(
                workers,
                toWrite.stream()
                        .map(page -> (Callable<Void>) () -> {
                            write(page, names, run);
                            afterEachPage.run();
                            return null;
                        })
                        .toList());
    }

    /** A page read and parsed, or null when it failed (reported in the run). */
    private static Read read(PageFolder.Entry entry, ImportRun run) {
        String file = entry.key();
        try {
            if (entry.size() > PageFolder.MAX_PAGE_BYTES) {
                run.failed(file, 0, "larger than " + PageFolder.MAX_PAGE_BYTES + " bytes: not a bulletin page");
                return null;
            }
            LegacyText.Decoded text = LegacyText.decode(entry.read());
            OldPortalPage page = entry.kind() == PageFolder.Kind.HTML || HtmlPages.looksLikeHtml(text.text())
                    ? HtmlPages.read(text.text(), "")
                    : TextPages.read(text.text());
            return new Read(file, page, text.converted() ? text.encoding() : null);
        } catch (PageUnreadable e) {
            run.failed(file, e.line(), e.getMessage());
        } catch (LegacyText.Unsure e) {
            run.failed(file, 0, e.getMessage());
        } catch (IOException | java.io.UncheckedIOException e) {
            run.failed(file, 0, "could not be read: " + e.getMessage());
        } catch (RuntimeException e) {
            // A page no rule foresaw must not stop the others: it is reported like any unreadable page.
            LOG.errorf(e, "Reading %s failed", file);
            run.failed(
                    file,
                    0,
                    "could not be read: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        return null;
    }

    private void write(Read read, ImportWriter.Names names, ImportRun run) {
        String file = read.file();
        for (int attempt = 1; ; attempt++) {
            try {
                ImportWriter.Outcome outcome = writer.write(file, read.page(), hash(read.page()), names);
                if (read.encoding() != null) {
                    run.converted(file, read.encoding());
                }
                run.written(file, outcome);
                return;
            } catch (ProblemException e) {
                run.failed(file, 0, describe(e));
                return;
            } catch (RuntimeException e) {
                // Two pages of the same title written at once may both pick the same free slug: the loser's
                // transaction is undone whole, and the page is written again.
                if (attempt < WRITE_ATTEMPTS) {
                    continue;
                }
                LOG.errorf(e, "Importing %s failed", file);
                run.failed(
                        file,
                        0,
                        "could not be saved: " + e.getClass().getSimpleName()
                                + (e.getMessage() == null ? "" : ": " + e.getMessage()));
                return;
            }
        }
    }

    private static <T> List<T> invokeAll(ExecutorService workers, List<Callable<T>> tasks) throws InterruptedException {
        List<T> results = new ArrayList<>(tasks.size());
        for (Future<T> done : workers.invokeAll(tasks)) {
            try {
                results.add(done.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        return results;
    }

    /** The editorial API's field errors, which name what the page lacks ("title: must be at most 300 characters"). */
    private static String describe(ProblemException e) {
        List<FieldError> errors = e.toProblem().errors();
        if (errors == null || errors.isEmpty()) {
            return e.getMessage();
        }
        return String.join(
                "; ", errors.stream().map(f -> f.field() + ": " + f.message()).toList());
    }

    static String hash(OldPortalPage page) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : page.content()) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
