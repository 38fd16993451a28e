package vn.bantin.author;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Author")
public record AuthorView(
        @Schema(examples = "van-tan") String slug,
        @Schema(examples = "Văn Tân") String name,
        @Schema(nullable = true) String bio,
        @Schema(nullable = true, format = "uri") String avatarUrl,
        @Schema(description = "Publicly visible articles", examples = "1") long articleCount) {
}
