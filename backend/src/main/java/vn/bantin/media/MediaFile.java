package vn.bantin.media;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One stored file: a medium's original or one of its variants. Written here, read by {@link MediaStore}. */
@Entity
@Table(name = "media_file")
public class MediaFile extends PanacheEntityBase {
    @Id
    @Column(length = 120)
    public String name;

    @Column(name = "media_id", nullable = false)
    public long mediumId;

    @Column(name = "content_type", nullable = false, length = 50)
    public String contentType;

    public Integer width;

    @Column(nullable = false)
    public long bytes;

    @Column(nullable = false)
    public byte[] data;
}
