package vn.bantin.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Sends a request line as it is written: HTTP clients refuse to build malformed URIs such as {@code /%zz}. */
public final class RawHttp {
    public record Answer(int status, String text) {
        public String body() {
            int start = text.indexOf("\r\n\r\n");
            return start < 0 ? "" : text.substring(start + 4);
        }
    }

    private RawHttp() {}

    static Answer get(int port, String target) {
        return send(port, "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    /** A POST with the given headers (each line ending in CRLF) and body, whatever the Content-Type says. */
    public static Answer post(int port, String target, String headers, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return send(
                port,
                "POST " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + headers
                        + "Content-Length: " + bytes.length + "\r\n\r\n" + body);
    }

    /** A POST whose body comes in one chunk of chunked transfer encoding, as a streaming client sends it. */
    public static Answer postChunked(int port, String target, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return send(
                port,
                "POST " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                        + "Content-Type: " + contentType + "\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + Integer.toHexString(bytes.length) + "\r\n" + body + "\r\n0\r\n\r\n");
    }

    /** The request exactly as given: another version, no Host, a length that does not match the body. */
    public static Answer raw(int port, String request) {
        return send(port, request);
    }

    private static Answer send(int port, String request) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            String text = readAll(socket.getInputStream());
            return new Answer(Integer.parseInt(text.split(" ", 3)[1]), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
