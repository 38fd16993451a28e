package vn.bantin.importing;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.jboss.logging.Logger;
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

    private final ImportWriter writer;
    private final Clock clock;

    Importer(ImportWriter writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
    }

    ImportRun newRun() {
        return new ImportRun(clock);
    }

    /**
     * {@code afterEachPage} runs after every page, on this thread (the command's progress bar). False when the
     * thread was interrupted (the server stopping): the pages done so far are in, a new run goes on from there.
     */
    boolean run(List<PageFolder.Entry> entries, ImportRun run, Runnable afterEachPage) {
        List<PageFolder.Entry> pages = entries.stream().filter(e -> e.kind() != PageFolder.Kind.OTHER).toList();
        run.start(pages.size(), entries.size() - pages.size());
        try {
            for (PageFolder.Entry page : pages) {
                if (Thread.currentThread().isInterrupted()) {
                    return false;
                }
                importPage(page, run);
                afterEachPage.run();
            }
            return true;
        } finally {
            run.finish();
        }
    }

    private void importPage(PageFolder.Entry entry, ImportRun run) {
        String file = entry.key();
        try {
            if (entry.size() > PageFolder.MAX_PAGE_BYTES) {
                run.failed(file, 0, "larger than " + PageFolder.MAX_PAGE_BYTES + " bytes: not a bulletin page");
                return;
            }
            LegacyText.Decoded text = LegacyText.decode(entry.read());
            OldPortalPage page = entry.kind() == PageFolder.Kind.HTML || HtmlPages.looksLikeHtml(text.text())
                    ? HtmlPages.read(text.text(), "")
                    : TextPages.read(text.text());
            if (text.converted()) {
                run.converted(file, text.encoding());
            }
            run.written(file, writer.write(file, page, hash(page)));
        } catch (PageUnreadable e) {
            run.failed(file, e.line(), e.getMessage());
        } catch (LegacyText.Unsure e) {
            run.failed(file, 0, e.getMessage());
        } catch (ProblemException e) {
            run.failed(file, 0, describe(e));
        } catch (IOException e) {
            run.failed(file, 0, "could not be read: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Importing %s failed", file);
            run.failed(file, 0, "could not be saved: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /** The editorial API's field errors, which name what the page lacks ("title: must be at most 300 characters"). */
    private static String describe(ProblemException e) {
        List<FieldError> errors = e.toProblem().errors();
        if (errors == null || errors.isEmpty()) {
            return e.getMessage();
        }
        return String.join("; ", errors.stream().map(f -> f.field() + ": " + f.message()).toList());
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
