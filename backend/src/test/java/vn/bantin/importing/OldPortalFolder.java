package vn.bantin.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A folder of saved pages as tests build it: file names and bytes, written as a folder or a zip. */
final class OldPortalFolder {
    final Map<String, byte[]> files = new LinkedHashMap<>();

    OldPortalFolder put(String name, String utf8) {
        files.put(name, utf8.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    OldPortalFolder put(String name, byte[] bytes) {
        files.put(name, bytes);
        return this;
    }

    /** A zip whose pages sit in one top folder, as zipping a folder makes it. */
    byte[] zip(String top) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(top + "/" + file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    void writeTo(java.nio.file.Path dir) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            java.nio.file.Path path = dir.resolve(file.getKey());
            java.nio.file.Files.createDirectories(path.getParent());
            java.nio.file.Files.write(path, file.getValue());
        }
    }

    /** A text page as the old portal saves it. */
    static String textPage(String heading, String title, String date, long views, String author, String... paragraphs) {
        StringBuilder page = new StringBuilder(heading + " " + heading + "\n\n" + title + "\nNgày đăng " + date
                + " \u00A0|\u00A0Lượt xem: " + views + "\n\n");
        for (String p : paragraphs) {
            page.append(p).append("\n\n");
        }
        return page.append("\u00A0").append(author).append("\n").toString();
    }

    /** Text in TCVN3 bytes (lower-case letters with tones only: capitals with a tone have no TCVN3 code). */
    static byte[] tcvn3(String text) {
        Map<Character, Byte> codes = new java.util.HashMap<>();
        byte[] all = new byte[128];
        for (int i = 0; i < 128; i++) {
            all[i] = (byte) (0x80 + i);
        }
        String decoded = Tcvn3.decode(all);
        for (int i = 0; i < 128; i++) {
            codes.putIfAbsent(decoded.charAt(i), all[i]);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (char c : text.toCharArray()) {
            if (c < 0x80) {
                out.write(c);
            } else if (codes.containsKey(c)) {
                out.write(codes.get(c));
            } else {
                throw new IllegalArgumentException("no TCVN3 code for '" + c + "'");
            }
        }
        return out.toByteArray();
    }
}
