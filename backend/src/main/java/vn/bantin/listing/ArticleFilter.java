package vn.bantin.listing;

import java.time.LocalDate;
import vn.bantin.slug.Slugs;

/**
 * What an article list is narrowed to; null means no narrowing. Dates are inclusive Hanoi days. {@code statuses}
 * null is the public's list (only what is visible now, {@link Visibility}); otherwise an editor's list of the
 * articles in those statuses, visible or not.
 */
public record ArticleFilter(
        String category,
        String author,
        String tag,
        LocalDate from,
        LocalDate to,
        ArticleSort sort,
        java.util.Set<ArticleStatus> statuses) {

    /** A public list. */
    public ArticleFilter(String category, String author, String tag, LocalDate from, LocalDate to, ArticleSort sort) {
        this(category, author, tag, from, to, sort, null);
    }

    public boolean editorial() {
        return statuses != null;
    }

    /** A filter by a slug that cannot exist matches nothing. */
    public boolean namesOnlyWellFormedSlugs() {
        return java.util.stream.Stream.of(category, author, tag).allMatch(s -> s == null || Slugs.isWellFormed(s));
    }
}
