package vn.bantin.media;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import vn.bantin.common.BantinConfig;
import vn.bantin.common.MediaNames;
import vn.bantin.common.PageRequest;
import vn.bantin.common.ProblemException;
import vn.bantin.common.Sql;
import vn.bantin.listing.ArticleConditions;

/**
 * The media library: uploads are recognised by their bytes, checked for size and pixel count before any
 * decoding, stripped of metadata and resized ({@link Images}), and stored in the database with a name that
 * carries their content hash, so the same bytes uploaded twice are stored once.
 */
@ApplicationScoped
public class MediaLibrary {
    private final EntityManager em;
    private final MediaStore store;
    private final Clock clock;
    private final long maxBytes;
    private final long maxPixels;

    MediaLibrary(EntityManager em, MediaStore store, Clock clock, BantinConfig config) {
        this.em = em;
        this.store = store;
        this.clock = clock;
        this.maxBytes = config.media().maxBytes();
        this.maxPixels = config.media().maxPixels();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** What became of an upload: a new medium, or the one that already holds the same bytes. */
    public record Upload(MediaView medium, boolean created) {}

    public Upload upload(Path file, String uploadedName, long size, String editor) {
        if (size > maxBytes) {
            throw tooLarge(maxBytes);
        }
        Kind kind = Kind.of(head(file))
                .orElseThrow(() -> new ProblemException(
                        415,
                        "about:blank",
                        "Only JPEG, PNG, WebP, GIF and PDF files are taken, recognised by their content",
                        null));
        refuseDisguised(kind, uploadedName);
        String sha256 = sha256(file);
        Optional<Medium> existing = Medium.find("sha256", sha256).firstResultOptional();
        if (existing.isPresent()) {
            return new Upload(MediaView.of(existing.get()), false);
        }
        String hash = sha256.substring(0, MediaNames.HASH_DIGITS);
        String fileName = displayName(uploadedName, kind);
        Images.Processed processed = kind.isImage() ? image(file, kind) : document(file);
        Medium medium = QuarkusTransaction.requiringNew().call(() -> {
            Medium m = new Medium();
            Images.Encoded original = processed.original();
            m.name = MediaNames.original(hash, original.extension());
            m.contentType = original.contentType();
            m.bytes = original.data().length;
            m.width = kind.isImage() ? original.width() : null;
            m.height = kind.isImage() ? original.height() : null;
            m.fileName = fileName;
            m.sha256 = sha256;
            m.createdBy = editor;
            m.createdAt = clock.instant();
            m.persist();
            file(m, m.name, original);
            for (Images.Encoded variant : processed.variants()) {
                file(m, MediaNames.variant(hash, variant.width(), variant.extension()), variant);
            }
            return m;
        });
        return new Upload(MediaView.of(medium), true);
    }

    public MediaPage list(PageRequest page) {
        long total = Medium.count();
        List<Medium> items = page.offset() >= total
                ? List.of()
                : Medium.<Medium>find("order by createdAt desc, id desc")
                        .range((int) page.offset(), (int) page.offset() + page.size() - 1)
                        .list();
        return new MediaPage(
                items.stream().map(MediaView::of).toList(), page.page(), page.size(), total, page.totalPages(total));
    }

    /** Deletes a medium and its files; 409 while a publicly visible article shows it. False if there is none. */
    public boolean delete(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Medium m = Medium.findById(id);
            if (m == null) {
                return false;
            }
            String used = "%" + MediaNames.PATH + m.name.substring(0, MediaNames.HASH_DIGITS) + "%";
            Sql where = ArticleConditions.visibleSql("a", clock.instant())
                    .and("(a.body_html like ? or a.cover_image_url like ?)", used, used);
            Number users =
                    (Number) where.bind(em.createNativeQuery("select count(*) from article a where " + where.text()))
                            .getSingleResult();
            if (users.longValue() > 0) {
                throw ProblemException.conflict("A published article still shows this file: remove it there first");
            }
            List<String> names = MediaFile.<MediaFile>list("mediumId", m.id).stream()
                    .map(f -> f.name)
                    .toList();
            MediaFile.delete("mediumId", m.id);
            m.delete();
            store.forget(names);
            return true;
        });
    }

    private Images.Processed image(Path file, Kind kind) {
        try {
            Images.Size size = Images.declaredSize(file);
            if (size.pixels() > maxPixels) {
                throw ProblemException.invalidField(
                        "file", "the image has " + size.pixels() + " pixels; at most " + maxPixels + " are taken");
            }
            return Images.process(file, kind);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw ProblemException.invalidField("file", "the image cannot be read: it is damaged or incomplete");
        }
    }

    private static Images.Processed document(Path file) {
        try {
            return new Images.Processed(
                    new Images.Encoded(0, 0, Kind.PDF.extension, Kind.PDF.contentType, Files.readAllBytes(file)),
                    List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void file(Medium m, String name, Images.Encoded encoded) {
        MediaFile f = new MediaFile();
        f.name = name;
        f.mediumId = m.id;
        f.contentType = encoded.contentType();
        f.width = m.width == null ? null : encoded.width();
        f.bytes = encoded.data().length;
        f.data = encoded.data();
        f.persist();
    }

    /** The uploaded name for display: NFC, no control characters, at most 300; a neutral one when there is none. */
    private static String displayName(String uploaded, Kind kind) {
        String name = uploaded == null ? "" : Normalizer.normalize(uploaded, Normalizer.Form.NFC);
        // Old browsers sent a Windows path; '/' stays, as in "Nghị quyết 05-NQ/QU.pdf".
        name = name.substring(name.lastIndexOf('\\') + 1).strip();
        name = name.replaceAll("\\p{Cntrl}", "");
        if (name.isEmpty()) {
            name = "tep." + kind.extension;
        }
        return name.length() > 300 ? name.substring(0, 300) : name;
    }

    /**
     * A document named as a photo, or a photo named as a document, is refused: such a disguise is how harmful
     * files travel. A photo named as another kind of photo (a PNG saved as .jpg) is common and harmless: taken.
     */
    private static void refuseDisguised(Kind kind, String uploadedName) {
        String name = uploadedName == null ? "" : uploadedName.toLowerCase(java.util.Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        Optional<Kind> named = Kind.ofExtension(extension.equals("jpeg") ? "jpg" : extension);
        if (named.isPresent() && named.get().isImage() != kind.isImage()) {
            throw new ProblemException(
                    415,
                    "about:blank",
                    "The file is " + (kind.isImage() ? "an image" : "a PDF") + " but its name says ." + extension,
                    null);
        }
    }

    static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(
                413, "about:blank", "The file is larger than the " + maxBytes + " bytes that are taken", null);
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(Kind.SIGNATURE_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        try (DigestInputStream in =
                new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
