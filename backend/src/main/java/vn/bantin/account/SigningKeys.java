package vn.bantin.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.jboss.logging.Logger;
import vn.bantin.common.BantinConfig;

/**
 * The RSA key that signs access tokens. A site with several instances configures the same key files for all of
 * them (BANTIN_JWT_PRIVATE_KEY, BANTIN_JWT_PUBLIC_KEY), so each accepts the others' tokens. A single process on
 * the embedded database needs no setup: when neither file exists, a key pair is generated on first use and kept
 * in the data directory, the private half readable by its owner only.
 */
@ApplicationScoped
public class SigningKeys {
    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    private final Path privateFile;
    private final Path publicFile;
    private volatile PrivateKey signingKey;

    SigningKeys(BantinConfig config) {
        this.privateFile = Path.of(config.auth().privateKey());
        this.publicFile = Path.of(config.auth().publicKey());
    }

    PrivateKey signingKey() {
        PrivateKey key = signingKey;
        if (key == null) {
            synchronized (this) {
                if (signingKey == null) {
                    signingKey = load();
                }
                key = signingKey;
            }
        }
        return key;
    }

    /** Makes sure both key files exist, so that verification (which reads the public file) can start. */
    void ensureExist() {
        signingKey();
    }

    private PrivateKey load() {
        try {
            if (!Files.exists(privateFile) && !Files.exists(publicFile)) {
                generate();
            } else if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
                throw new IllegalStateException("Token signing needs both key files: " + privateFile + " and "
                        + publicFile + " (one of them is missing)");
            }
            byte[] der = Base64.getMimeDecoder()
                    .decode(Files.readString(privateFile, StandardCharsets.US_ASCII)
                            .replaceAll("-----[A-Z ]+-----", ""));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The token signing key " + privateFile + " is not an RSA PKCS#8 key", e);
        }
    }

    private void generate() throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Path dir = privateFile.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        try {
            // Created with owner-only permissions, never readable by others even for a moment.
            Files.createFile(
                    privateFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            return; // another process of the same data directory won the race
        } catch (UnsupportedOperationException e) {
            Files.createFile(privateFile); // not a POSIX file system
        }
        Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Path publicTemp = Files.createTempFile(publicFile.toAbsolutePath().getParent(), "jwt-public", ".tmp");
        Files.writeString(publicTemp, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        Files.move(publicTemp, publicFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        LOG.infof("Generated the key that signs editors' tokens: %s", privateFile);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
