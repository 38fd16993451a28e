package vn.bantin.editorial;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the catalogue's POST and PUT: a slug is generated from the name when omitted on create. */
final class CatalogueRequests {
    private CatalogueRequests() {}

    @Schema(name = "CategoryRequest")
    public record CategoryRequest(
            @Schema(required = true, maxLength = 200, examples = "Tin tức hoạt động của Quận ủy")
            String name,

            @Schema(nullable = true, maxLength = 100) String slug,
            @Schema(nullable = true, maxLength = 2000) String description,

            @Schema(nullable = true, description = "Place in menus; default after the others")
            Integer position) {}

    @Schema(name = "AuthorRequest")
    public record AuthorRequest(
            @Schema(required = true, maxLength = 200, examples = "Văn Tân")
            String name,

            @Schema(nullable = true, maxLength = 100) String slug,
            @Schema(nullable = true, maxLength = 4000) String bio,
            @Schema(nullable = true, maxLength = 1000) String avatarUrl) {}

    @Schema(name = "TagRequest")
    public record TagRequest(
            @Schema(required = true, maxLength = 200, examples = "Dân chủ cơ sở")
            String name,

            @Schema(nullable = true, maxLength = 100) String slug) {}
}
