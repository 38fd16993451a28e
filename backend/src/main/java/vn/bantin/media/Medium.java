package vn.bantin.media;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A photo or document of the media library (V9); its bytes are in {@link MediaFile}s. */
@Entity
@Table(name = "media")
public class Medium extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "media_seq")
    @SequenceGenerator(name = "media_seq", sequenceName = "media_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, unique = true, length = 100)
    public String name;

    @Column(name = "content_type", nullable = false, length = 50)
    public String contentType;

    @Column(nullable = false)
    public long bytes;

    public Integer width;

    public Integer height;

    @Column(name = "file_name", nullable = false, length = 300)
    public String fileName;

    @Column(nullable = false, unique = true, length = 64)
    public String sha256;

    @Column(name = "created_by", nullable = false, length = 50)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
