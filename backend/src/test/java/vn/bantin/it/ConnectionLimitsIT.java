package vn.bantin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Idle sockets are closed and connections beyond the limit closed at once, so idle clients cannot exhaust descriptors. */
class ConnectionLimitsIT {
    @TempDir
    Path dataDir;

    @Test
    void anIdleConnectionIsClosedAndOnesBeyondTheLimitAreClosed() throws Exception {
        try (PackagedApp app = PackagedApp.start(
                dataDir, 19183, "-Dquarkus.http.idle-timeout=2S", "-Dquarkus.http.limits.max-connections=20")) {
            try (Socket idle = new Socket("localhost", app.port)) {
                long start = System.nanoTime();
                assertEquals(-1, readWithin(idle, 10_000), "the server closes a silent connection");
                assertTrue(System.nanoTime() - start < 8_000_000_000L);
            }
            // Quarkus counts connections per event loop (2 per core): 20 each, so on this machine a few dozen
            // in all, and far fewer than the 300 opened here stay open.
            List<Socket> held = new ArrayList<>();
            try {
                for (int i = 0; i < 300; i++) {
                    held.add(new Socket("localhost", app.port));
                }
                Thread.sleep(500);
                int closed = 0;
                for (Socket socket : held) {
                    closed += readWithin(socket, 50) == -1 ? 1 : 0;
                }
                int loops = 2 * Runtime.getRuntime().availableProcessors();
                assertTrue(closed >= 300 - 20 * loops, closed + " of 300 closed with " + loops + " event loops");
            } finally {
                for (Socket socket : held) {
                    socket.close();
                }
            }
        }
    }

    /** -1 when the server closed the connection, 0 when it stayed silent for the time. */
    private static int readWithin(Socket socket, int millis) throws IOException {
        socket.setSoTimeout(millis);
        InputStream in = socket.getInputStream();
        try {
            return in.read() == -1 ? -1 : 1;
        } catch (SocketTimeoutException e) {
            return 0;
        } catch (IOException reset) {
            return -1;
        }
    }
}
