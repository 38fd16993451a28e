package vn.bantin.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.bantin.TestData;
import vn.bantin.author.Author;
import vn.bantin.category.Category;
import vn.bantin.common.Hanoi;
import vn.bantin.common.Sql;
import vn.bantin.tag.Tag;

/**
 * ArticleConditions renders each list's conditions to JPQL and to SQL: over the same articles (every status,
 * scheduled, expired, tagged or not, inside and outside a date range), every combination of the filters gives the
 * same articles in both languages, in each sort, and over PostgreSQL's article_search the same as over article.
 */
@QuarkusTest
class ListingAgreementTest {
    @Inject
    TestData data;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Test
    void jpqlAndSqlHoldTheSameArticlesInTheSameOrder() {
        Category category = data.category("Cùng một danh sách");
        Category other = data.category("Danh sách khác");
        Author author = data.author("Người viết danh sách");
        Tag tag = data.tag("Thẻ danh sách");
        Instant now = clock.instant();
        for (ArticleStatus status : ArticleStatus.values()) {
            data.article("Bài " + status, category, author, status, now.minus(Duration.ofDays(3)), null, List.of(tag));
            data.article("Bài khác " + status, other, author, status, now.minus(Duration.ofDays(40)), null, List.of());
        }
        data.article(
                "Hẹn giờ", category, author, ArticleStatus.SCHEDULED, now.plus(Duration.ofDays(1)), null, List.of(tag));
        data.article(
                "Hết hạn",
                category,
                author,
                ArticleStatus.PUBLISHED,
                now.minus(Duration.ofDays(2)),
                now.minus(Duration.ofDays(1)),
                List.of(tag));
        LocalDate today = Hanoi.today(clock);
        boolean search = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                                "select count(*) from information_schema.tables where lower(table_name) = 'article_search'")
                                        .getSingleResult())
                                .intValue()
                        > 0);

        int compared = 0;
        for (Set<ArticleStatus> statuses : List.of(
                Set.<ArticleStatus>of(),
                EnumSet.allOf(ArticleStatus.class),
                EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.SCHEDULED))) {
            for (String categorySlug : new String[] {null, category.slug}) {
                for (String tagSlug : new String[] {null, tag.slug}) {
                    for (LocalDate from : new LocalDate[] {null, today.minusDays(10)}) {
                        for (ArticleSort sort : ArticleSort.values()) {
                            ArticleFilter filter = new ArticleFilter(
                                    categorySlug,
                                    author.slug,
                                    tagSlug,
                                    from,
                                    from == null ? null : today,
                                    sort,
                                    statuses.isEmpty() ? null : statuses);
                            List<Long> jpql = jpql(filter, now);
                            assertEquals(jpql, sql(filter, now, "article a", "a", "a.id"), filter.toString());
                            if (search) {
                                assertEquals(
                                        jpql,
                                        sql(filter, now, "article_search s", "s", "s.article_id"),
                                        "article_search, " + filter);
                            }
                            compared += jpql.isEmpty() ? 0 : 1;
                        }
                    }
                }
            }
        }
        assertFalse(compared < 50, "most combinations hold articles: " + compared);
    }

    private List<Long> jpql(ArticleFilter filter, Instant now) {
        Sql where = ArticleConditions.jpql(filter, now);
        return QuarkusTransaction.requiringNew()
                .call(() -> where.bind(em.createQuery(
                                "select a.id from Article a" + " where " + where.jpql() + " order by "
                                        + filter.sort().jpql(),
                                Long.class))
                        .getResultList());
    }

    private List<Long> sql(ArticleFilter filter, Instant now, String table, String alias, String id) {
        Sql where = ArticleConditions.sql(filter, now, alias, id);
        String order = " order by " + filter.sort().sql(alias, id);
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object> ids = where.bind(
                            em.createNativeQuery("select " + id + " from " + table + " where " + where.text() + order))
                    .getResultList();
            List<Long> longs = new ArrayList<>();
            ids.forEach(i -> longs.add(((Number) i).longValue()));
            return longs;
        });
    }
}
