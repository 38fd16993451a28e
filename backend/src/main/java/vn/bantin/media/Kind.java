package vn.bantin.media;

import java.util.Arrays;
import java.util.Optional;

/** What the media library takes, recognised by the first bytes of a file, never by its name or declared type. */
enum Kind {
    JPEG("image/jpeg", "jpg", new int[] {0xFF, 0xD8, 0xFF}),
    PNG("image/png", "png", new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    GIF("image/gif", "gif", new int[] {'G', 'I', 'F', '8'}),
    WEBP("image/webp", "webp", new int[] {'R', 'I', 'F', 'F', -1, -1, -1, -1, 'W', 'E', 'B', 'P'}),
    PDF("application/pdf", "pdf", new int[] {'%', 'P', 'D', 'F', '-'});

    /** Bytes needed to tell every kind apart. */
    static final int SIGNATURE_BYTES = 12;

    final String contentType;
    final String extension;
    private final int[] signature; // -1: any byte

    Kind(String contentType, String extension, int[] signature) {
        this.contentType = contentType;
        this.extension = extension;
        this.signature = signature;
    }

    boolean isImage() {
        return this != PDF;
    }

    static Optional<Kind> of(byte[] head) {
        return Arrays.stream(values()).filter(k -> k.matches(head)).findFirst();
    }

    static Optional<Kind> ofExtension(String extension) {
        return Arrays.stream(values())
                .filter(k -> k.extension.equals(extension))
                .findFirst();
    }

    private boolean matches(byte[] head) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (signature[i] != -1 && (head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
