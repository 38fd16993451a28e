package vn.bantin.author;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuthorRef")
public record AuthorRef(
        @Schema(examples = "van-tan") String slug,
        @Schema(examples = "Văn Tân") String name) {
    public static AuthorRef of(Author a) {
        return new AuthorRef(a.slug, a.name);
    }
}
