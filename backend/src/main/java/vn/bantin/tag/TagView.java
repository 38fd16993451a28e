package vn.bantin.tag;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Tag")
public record TagView(
        @Schema(examples = "dan-chu-co-so") String slug,
        @Schema(examples = "Dân chủ cơ sở") String name,
        @Schema(description = "Publicly visible articles", examples = "3") long articleCount) {
}
