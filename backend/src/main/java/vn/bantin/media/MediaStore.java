package vn.bantin.media;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Optional;
import vn.bantin.common.BantinConfig;

/**
 * Reads stored files for the public, keeping the most asked for in memory, at most
 * {@code bantin.media.cache-bytes} of them (least likely to be asked again evicted first). Names carry the
 * content hash, so a kept file is never stale: only a deletion has to forget it.
 */
@ApplicationScoped
public class MediaStore {
    private static final String READ = "select f.content_type, f.data, m.file_name from media_file f"
            + " join media m on m.id = f.media_id where f.name = ?";

    /** A file as it is served. */
    record Stored(String name, String contentType, byte[] data, String fileName) {}

    private final AgroalDataSource dataSource;
    private final Cache<String, Stored> kept;

    MediaStore(AgroalDataSource dataSource, BantinConfig config) {
        this.dataSource = dataSource;
        this.kept = Caffeine.newBuilder()
                .maximumWeight(config.media().cacheBytes())
                .weigher((String name, Stored file) -> file.data().length + 200)
                .build();
    }

    /** From memory, or null when it would need the database. */
    Stored kept(String name) {
        return kept.getIfPresent(name);
    }

    /** Blocking: from the database. */
    Optional<Stored> read(String name) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(READ)) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Stored file = new Stored(name, row.getString(1), row.getBytes(2), row.getString(3));
                kept.put(name, file);
                return Optional.of(file);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading media file " + name + " failed", e);
        }
    }

    void forget(Collection<String> names) {
        kept.invalidateAll(names);
    }
}
