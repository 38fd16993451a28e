package vn.bantin.tag;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TagRef")
public record TagRef(
        @Schema(examples = "dan-chu-co-so") String slug,
        @Schema(examples = "Dân chủ cơ sở") String name) {
}
