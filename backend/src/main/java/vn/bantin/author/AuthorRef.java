package vn.bantin.author;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuthorRef")
public record AuthorRef(
        @Schema(examples = "van-tan") String slug,
        @Schema(examples = "Văn Tân") String name) {
}
