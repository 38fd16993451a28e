package vn.bantin.importing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.bantin.editorial.Warning;

/** The counts and findings of one import as it goes; read from other threads (progress bar, job polling). */
final class ImportRun {
    private final Clock clock;
    private Instant started;
    private Instant finished;
    private int total;
    private int done;
    private int created;
    private int updated;
    private int unchanged;
    private int duplicates;
    private int failed;
    private int skipped;
    private final List<ImportReport.Failure> failures = new ArrayList<>();
    private final List<ImportReport.Duplicate> duplicateFiles = new ArrayList<>();
    private final List<ImportReport.Conversion> conversions = new ArrayList<>();
    private final List<ImportReport.PageWarnings> warnings = new ArrayList<>();

    ImportRun(Clock clock) {
        this.clock = clock;
    }

    synchronized void start(int pages, int others) {
        started = clock.instant();
        total = pages;
        skipped = others;
    }

    synchronized void finish() {
        finished = clock.instant();
    }

    synchronized void written(String file, ImportWriter.Outcome outcome) {
        done++;
        switch (outcome.result()) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
            case DUPLICATE -> {
                duplicates++;
                duplicateFiles.add(new ImportReport.Duplicate(file, outcome.duplicateOf(), outcome.articleId()));
            }
        }
        List<Warning> found = outcome.warnings();
        if (found != null && !found.isEmpty()) {
            warnings.add(new ImportReport.PageWarnings(file, outcome.articleId(), outcome.slug(), found));
        }
    }

    synchronized void converted(String file, String encoding) {
        conversions.add(new ImportReport.Conversion(file, encoding));
    }

    synchronized void failed(String file, int line, String reason) {
        done++;
        failed++;
        failures.add(new ImportReport.Failure(file, line, reason));
    }

    synchronized int done() {
        return done;
    }

    synchronized int total() {
        return total;
    }

    synchronized ImportReport report() {
        double seconds = started == null
                ? 0
                : Duration.between(started, finished == null ? clock.instant() : finished)
                                .toMillis()
                        / 1000.0;
        double rate = seconds > 0 ? done / seconds : 0;
        Long left = done == 0 || done >= total || rate == 0 ? null : Math.round((total - done) / rate);
        return new ImportReport(
                total,
                done,
                created,
                updated,
                unchanged,
                duplicates,
                failed,
                skipped,
                conversions.size(),
                Math.round(rate * 10) / 10.0,
                left,
                Math.round(seconds * 10) / 10.0,
                byFile(failures, ImportReport.Failure::file),
                byFile(duplicateFiles, ImportReport.Duplicate::file),
                byFile(conversions, ImportReport.Conversion::file),
                byFile(warnings, ImportReport.PageWarnings::file));
    }

    /** In path order, whichever writer finished first. */
    private static <T> List<T> byFile(List<T> items, java.util.function.Function<T, String> file) {
        return items.stream().sorted(java.util.Comparator.comparing(file)).toList();
    }
}
