package vn.bantin.article;

import java.time.LocalDate;
import vn.bantin.slug.Slugs;

/** What a public article list is narrowed to; null means no narrowing. Dates are inclusive Hanoi days. */
public record ArticleFilter(String category, String author, String tag, LocalDate from, LocalDate to,
                            ArticleSort sort) {

    /** A filter by a slug that cannot exist matches nothing. */
    boolean namesOnlyWellFormedSlugs() {
        return java.util.stream.Stream.of(category, author, tag).allMatch(s -> s == null || Slugs.isWellFormed(s));
    }
}
