package vn.bantin.search;

import java.time.Instant;
import java.util.List;
import vn.bantin.common.PageRequest;
import vn.bantin.listing.ArticleFilter;

/**
 * Finds the ids of the articles a list with a search holds ({@link vn.bantin.listing.ArticleConditions}) that
 * match a query, a page of them in the filter's order (relevance: {@link RelevanceLevel}), and how many match.
 * One implementation per database, chosen when the app is built with its database kind: {@link H2Search},
 * {@link PostgresSearch}.
 */
public interface SearchEngine {
    record Hits(List<Long> ids, long total) {}

    Hits search(SearchQuery query, ArticleFilter filter, PageRequest page, Instant now);
}
