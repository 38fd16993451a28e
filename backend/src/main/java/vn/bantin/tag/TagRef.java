package vn.bantin.tag;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TagRef")
public record TagRef(
        @Schema(examples = "dan-chu-co-so") String slug,
        @Schema(examples = "Dân chủ cơ sở") String name) {
    public static TagRef of(Tag t) {
        return new TagRef(t.slug, t.name);
    }

    /** An article's tags as every answer lists them: by name, then slug (as {@code ArticleRepository.tagsOf}). */
    public static List<TagRef> sorted(Collection<Tag> tags) {
        return tags.stream()
                .map(TagRef::of)
                .sorted(Comparator.comparing(TagRef::name).thenComparing(TagRef::slug))
                .toList();
    }
}
