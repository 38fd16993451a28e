package vn.bantin;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import picocli.CommandLine;
import vn.bantin.common.RequestLineCheck;
import vn.bantin.importing.ImportCommand;

/**
 * The packaged app: without arguments the server, with arguments a command ({@code import DIR}) that works on
 * the same database and exits. A command listens on no port, so it can run beside the server (on PostgreSQL).
 */
@QuarkusMain
public class BantinMain {
    public static void main(String... args) {
        // A malformed address gets the app's problem+json 400 rather than Quarkus' empty one (RequestLineCheck).
        System.setProperty(RequestLineCheck.DISABLE_QUARKUS_CHECK, "true");
        if (args.length > 0) {
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("quarkus.banner.enabled", "false");
            // The command's own output (progress, report) is what its user reads: the start-up chatter goes.
            System.setProperty("quarkus.log.category.\"org.flywaydb\".level", "WARN");
            System.setProperty("quarkus.log.category.\"io.quarkus\".level", "WARN");
        }
        Quarkus.run(Application.class, args);
    }

    public static class Application implements QuarkusApplication {
        @Inject
        CommandLine.IFactory factory;

        @Override
        public int run(String... args) {
            if (args.length == 0) {
                Quarkus.waitForExit();
                return 0;
            }
            return new CommandLine(Commands.class, factory).execute(args);
        }
    }

    @CommandLine.Command(
            name = "bantin",
            mixinStandardHelpOptions = true,
            description = "Without a command: the Bantin server. With one: the command, then exit.",
            subcommands = ImportCommand.class)
    public static class Commands {}
}
