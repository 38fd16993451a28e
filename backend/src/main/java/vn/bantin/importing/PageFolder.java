package vn.bantin.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files of an import, from a folder or a zip, each under a stable source key: its path inside the folder
 * ('/' between names, NFC), the zip's single top folder left out, so that a folder and its zip give the same keys.
 * Zip entries are read in place with a size cap, never unpacked: no path escapes, no zip bomb.
 */
final class PageFolder {
    /** No bulletin page is this large; a larger file is reported, not read. */
    static final long MAX_PAGE_BYTES = 5L * 1024 * 1024;

    enum Kind {
        TEXT,
        HTML,
        OTHER
    }

    interface Entry {
        String key();

        long size();

        byte[] read() throws IOException;

        default Kind kind() {
            String name = key().toLowerCase(Locale.ROOT);
            if (isHidden(name)) {
                return Kind.OTHER;
            }
            if (name.endsWith(".txt")) {
                return Kind.TEXT;
            }
            if (name.endsWith(".html")
                    || name.endsWith(".htm")
                    || name.endsWith(".shtml")
                    || name.endsWith(".xhtml")
                    || name.endsWith(".php")
                    || name.endsWith(".asp")
                    || name.endsWith(".aspx")) {
                return Kind.HTML;
            }
            return Kind.OTHER;
        }
    }

    private PageFolder() {}

    static List<Entry> of(Path dir) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                String key = key(dir.relativize(file)
                        .toString()
                        .replace(file.getFileSystem().getSeparator(), "/"));
                entries.add(new Entry() {
                    public String key() {
                        return key;
                    }

                    public long size() {
                        try {
                            return Files.size(file);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }

                    public byte[] read() throws IOException {
                        return Files.readAllBytes(file);
                    }
                });
            });
        }
        entries.sort(Comparator.comparing(Entry::key));
        return entries;
    }

    static List<Entry> of(ZipFile zip) {
        List<? extends ZipEntry> files =
                zip.stream().filter(e -> !e.isDirectory()).toList();
        String top = commonTop(files.stream().map(ZipEntry::getName).toList());
        List<Entry> entries = new ArrayList<>();
        for (ZipEntry file : files) {
            String key = key(file.getName().substring(top.length()));
            entries.add(new Entry() {
                public String key() {
                    return key;
                }

                public long size() {
                    return file.getSize();
                }

                public byte[] read() throws IOException {
                    try (InputStream in = zip.getInputStream(file)) {
                        byte[] bytes = in.readNBytes((int) MAX_PAGE_BYTES + 1);
                        if (bytes.length > MAX_PAGE_BYTES) {
                            throw new IOException("larger than " + MAX_PAGE_BYTES + " bytes");
                        }
                        return bytes;
                    }
                }
            });
        }
        entries.sort(Comparator.comparing(Entry::key));
        return entries;
    }

    /** "bulletins/" when every file is under that one folder, else "". */
    private static String commonTop(List<String> names) {
        if (names.isEmpty() || names.get(0).indexOf('/') < 0) {
            return "";
        }
        String top = names.get(0).substring(0, names.get(0).indexOf('/') + 1);
        return names.stream().allMatch(n -> n.startsWith(top)) ? top : "";
    }

    private static String key(String path) {
        return Normalizer.normalize(path.replace('\\', '/'), Normalizer.Form.NFC);
    }

    /** Dot-files, and the folders that archivers and desktops add. */
    private static boolean isHidden(String key) {
        for (String part : key.split("/")) {
            if (part.startsWith(".") || part.equals("__macosx") || part.equals("thumbs.db")) {
                return true;
            }
        }
        return false;
    }
}
