package vn.bantin.listing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import vn.bantin.common.Hanoi;
import vn.bantin.common.Sql;

/**
 * Which articles a list holds, written once: the public's visibility ({@link Visibility}) or an editor's statuses,
 * then the filter's category, author, tag and dates. Rendered to SQL over a table with the article's columns
 * (article, or PostgreSQL's article_search) and to JPQL over the Article entity; ListingAgreementTest runs both
 * over the same filters and requires the same articles.
 */
public final class ArticleConditions {
    private ArticleConditions() {}

    /** SQL over a table under {@code alias} whose article id column is {@code id} ("a.id", "s.article_id"). */
    public static Sql sql(ArticleFilter filter, Instant now, String alias, String id) {
        return render(filter, now, new SqlColumns(alias, id));
    }

    /** SQL: the public's rule alone, over the article table under {@code alias}. */
    public static Sql visibleSql(String alias, Instant now) {
        return visible(new SqlColumns(alias, alias + ".id"), now);
    }

    /** JPQL over {@code Article a}, placeholders numbered by {@link Sql#jpql()}. */
    public static Sql jpql(ArticleFilter filter, Instant now) {
        return render(filter, now, new JpqlColumns());
    }

    /** JPQL: the public's rule alone, over {@code Article a}. */
    public static Sql visibleJpql(Instant now) {
        return visible(new JpqlColumns(), now);
    }

    private static Sql render(ArticleFilter filter, Instant now, Columns columns) {
        Sql where = filter.editorial() ? columns.statusIn(filter.statuses()) : visible(columns, now);
        if (filter.category() != null) {
            where.and(columns.categoryIs(filter.category()));
        }
        if (filter.author() != null) {
            where.and(columns.authorIs(filter.author()));
        }
        if (filter.tag() != null) {
            where.and(columns.taggedWith(filter.tag()));
        }
        if (filter.from() != null) {
            where.and(columns.publishedAt() + " >= ?", columns.instant(Hanoi.startOf(filter.from())));
        }
        if (filter.to() != null) {
            where.and(
                    columns.publishedAt() + " < ?",
                    columns.instant(Hanoi.startOf(filter.to().plusDays(1))));
        }
        return where;
    }

    private static Sql visible(Columns columns, Instant now) {
        Object at = columns.instant(now);
        return columns.statusIn(Visibility.PUBLIC_STATUSES)
                .and(columns.publishedAt() + " <= ?", at)
                .and("(" + columns.expiresAt() + " is null or " + columns.expiresAt() + " > ?)", at);
    }

    /** How each language names the article's columns and relations. */
    private interface Columns {
        Sql statusIn(Collection<ArticleStatus> statuses);

        String publishedAt();

        String expiresAt();

        Sql categoryIs(String slug);

        Sql authorIs(String slug);

        Sql taggedWith(String slug);

        Object instant(Instant instant);
    }

    private record SqlColumns(String alias, String id) implements Columns {
        public Sql statusIn(Collection<ArticleStatus> statuses) {
            return new Sql(Visibility.statusIn(alias + ".status", statuses));
        }

        public String publishedAt() {
            return alias + ".published_at";
        }

        public String expiresAt() {
            return alias + ".expires_at";
        }

        public Sql categoryIs(String slug) {
            return new Sql(alias + ".category_id = (select c.id from category c where c.slug = ?)", slug);
        }

        public Sql authorIs(String slug) {
            return new Sql(alias + ".author_id = (select w.id from author w where w.slug = ?)", slug);
        }

        public Sql taggedWith(String slug) {
            return new Sql(
                    "exists (select 1 from article_tag x join tag t on t.id = x.tag_id" + " where x.article_id = " + id
                            + " and t.slug = ?)",
                    slug);
        }

        public Object instant(Instant instant) {
            return Timestamp.from(instant);
        }
    }

    private record JpqlColumns() implements Columns {
        public Sql statusIn(Collection<ArticleStatus> statuses) {
            return new Sql("a.status in ?", List.copyOf(statuses));
        }

        public String publishedAt() {
            return "a.publishedAt";
        }

        public String expiresAt() {
            return "a.expiresAt";
        }

        public Sql categoryIs(String slug) {
            return new Sql("a.category.slug = ?", slug);
        }

        public Sql authorIs(String slug) {
            return new Sql("a.author.slug = ?", slug);
        }

        public Sql taggedWith(String slug) {
            return new Sql("exists (select 1 from Article x join x.tags t where x.id = a.id and t.slug = ?)", slug);
        }

        public Object instant(Instant instant) {
            return instant;
        }
    }
}
