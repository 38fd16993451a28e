package vn.bantin.importing;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;

/**
 * {@code java -jar quarkus-run.jar import DIR}: imports a folder of the old portal's pages with a progress bar
 * (pages done of total, pages/s, time left), then prints the report. Exit status 0 when every page was imported,
 * 2 when some failed (listed), 1 when the folder cannot be read.
 */
@CommandLine.Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Imports a folder of the old portal's bulletin pages (text or HTML). Safe to run again:"
                + " unchanged pages are left, changed ones update their article.")
public class ImportCommand implements Callable<Integer> {
    @CommandLine.Parameters(paramLabel = "DIR", description = "The folder of saved pages")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Importer importer;

    ImportCommand(Importer importer) {
        this.importer = importer;
    }

    @Override
    public Integer call() throws Exception {
        // UTF-8 whatever the machine's locale: names and reasons are Vietnamese.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        if (!Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("Not a folder: " + dir);
            return 1;
        }
        List<PageFolder.Entry> entries = PageFolder.of(dir);
        ImportRun run = importer.newRun();
        try (ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("Importing")
                .setUnit(" pages", 1)
                .setInitialMax(entries.stream()
                        .filter(e -> e.kind() != PageFolder.Kind.OTHER)
                        .count())
                .setStyle(ProgressBarStyle.ASCII)
                .showSpeed()
                .setUpdateIntervalMillis(200)
                .build()) {
            importer.run(entries, run, () -> bar.stepTo(run.done()));
        }
        ImportReport report = run.report();
        ReportTable.print(report, out);
        return report.failed() > 0 ? 2 : 0;
    }
}
