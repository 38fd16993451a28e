package vn.bantin.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.bantin.article.ArticleCard;
import vn.bantin.article.ArticleService;
import vn.bantin.article.ArticleSummary;
import vn.bantin.common.Hanoi;
import vn.bantin.common.Sql;
import vn.bantin.listing.ArticleConditions;
import vn.bantin.listing.ArticleFilter;
import vn.bantin.listing.ArticleSort;
import vn.bantin.slug.Slugs;

/**
 * "Tin đọc nhiều": the most viewed visible articles of a period. A period of days sums the per-day rows through
 * their (view_date, article_id, views) index; "all" reads the folded totals through the view_count index.
 */
@ApplicationScoped
class MostViewedService {
    /** Views per article over the days from the first, summed through the per-day index. */
    private static final String BY_PERIOD = "select d.article_id, sum(d.views) as period_views"
            + " from article_view_day d join article a on a.id = d.article_id where %s"
            + " group by d.article_id order by period_views desc, d.article_id desc";
    /** Ordered by the folded counts, which the index has (V6); the exact count comes with each summary. */
    private static final String ALL_TIME =
            "select a.id, a.view_count from article a where %s order by " + ArticleSort.MOST_VIEWED.sql("a", "a.id");

    private final EntityManager em;
    private final ArticleService articles;
    private final Clock clock;

    MostViewedService(EntityManager em, ArticleService articles, Clock clock) {
        this.em = em;
        this.articles = articles;
        this.clock = clock;
    }

    List<MostViewedArticle> mostViewed(Period period, int limit, String category) {
        if (category != null && !Slugs.isWellFormed(category)) {
            return List.of();
        }
        Sql select = select(period, category);
        Query query = select.bind(em.createNativeQuery(select.text())).setMaxResults(limit);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Long> ids = new ArrayList<>(rows.size());
        Map<Long, Long> periodViews = new HashMap<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            ids.add(id);
            periodViews.put(id, ((Number) row[1]).longValue());
        }
        List<MostViewedArticle> result = new ArrayList<>(ids.size());
        for (ArticleSummary summary : articles.summaries(ids)) {
            ArticleCard article = summary.article();
            result.add(new MostViewedArticle(
                    article, period == Period.ALL ? article.viewCount() : periodViews.get(article.id())));
        }
        return result;
    }

    /** The ids of the period's most viewed visible articles (in the category if not null), with their views. */
    Sql select(Period period, String category) {
        Sql where = ArticleConditions.sql(
                new ArticleFilter(category, null, null, null, null, ArticleSort.MOST_VIEWED),
                clock.instant(),
                "a",
                "a.id");
        return period == Period.ALL
                ? where.inside(ALL_TIME)
                : where.and("d.view_date >= ?", Hanoi.today(clock).minusDays(period.days - 1L))
                        .inside(BY_PERIOD);
    }
}
