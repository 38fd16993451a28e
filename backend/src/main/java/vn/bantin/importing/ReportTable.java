package vn.bantin.importing;

import java.io.PrintStream;
import java.util.Locale;
import vn.bantin.editorial.Warning;

/** The import command's closing report: the counts as a table, then each failure, duplicate, conversion, warning. */
final class ReportTable {
    private ReportTable() {}

    static void print(ImportReport r, PrintStream out) {
        out.println();
        out.printf(
                Locale.ROOT, "Imported %d pages in %.1f s (%.1f pages/s)%n", r.done(), r.seconds(), r.pagesPerSecond());
        out.println("+---------------------------+--------+");
        row(out, "created", r.created());
        row(out, "updated (revision kept)", r.updated());
        row(out, "unchanged", r.unchanged());
        row(out, "duplicates", r.duplicates());
        row(out, "failed", r.failed());
        row(out, "not pages (skipped)", r.skipped());
        row(out, "converted from legacy", r.converted());
        out.println("+---------------------------+--------+");
        if (!r.failures().isEmpty()) {
            out.println("Failed:");
            r.failures()
                    .forEach(f -> out.printf("  %s%s: %s%n", f.file(), f.line() > 0 ? ":" + f.line() : "", f.reason()));
        }
        if (!r.duplicateFiles().isEmpty()) {
            out.println("Duplicates (left out):");
            r.duplicateFiles().forEach(d -> out.printf("  %s is the same bulletin as %s%n", d.file(), d.sameAs()));
        }
        if (!r.conversions().isEmpty()) {
            out.println("Converted to Unicode:");
            r.conversions().forEach(c -> out.printf("  %s from %s%n", c.file(), c.encoding()));
        }
        if (!r.warnings().isEmpty()) {
            out.println("To proof-read:");
            for (ImportReport.PageWarnings page : r.warnings()) {
                out.printf("  %s (/bai-viet/%s)%n", page.file(), page.slug());
                for (Warning w : page.warnings()) {
                    out.printf("    %s in %s: %s%n", w.message(), w.field(), w.excerpt());
                }
            }
        }
    }

    private static void row(PrintStream out, String label, int count) {
        out.printf(Locale.ROOT, "| %-25s | %6d |%n", label, count);
    }
}
