package vn.bantin.media;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.bantin.common.MediaNames;

@Schema(name = "Media", description = "A file of the media library")
public record MediaView(
        @Schema(examples = "1") long id,

        @Schema(
                description = "Where readers get it; the name carries a content hash",
                examples = "/media/3f9a0c2e7b1d4a5c6e8f.jpg")
        String url,

        @Schema(examples = "image/jpeg") String contentType,

        @Schema(description = "Size of the stored file", examples = "81234")
        long bytes,

        @Schema(nullable = true, examples = "2048") Integer width,
        @Schema(nullable = true, examples = "1365") Integer height,

        @Schema(description = "The name it was uploaded with", examples = "Hội nghị sơ kết.jpg")
        String fileName,

        @Schema(description = "Narrower copies for phones, narrowest first")
        List<MediaNames.Variant> variants) {

    static MediaView of(Medium m) {
        String url = MediaNames.PATH + m.name;
        return new MediaView(
                m.id, url, m.contentType, m.bytes, m.width, m.height, m.fileName, MediaNames.variants(url, m.width));
    }
}
