package vn.bantin.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.bantin.article.ArticleService;
import vn.bantin.article.ArticleSummary;
import vn.bantin.article.Visibility;
import vn.bantin.common.Hanoi;
import vn.bantin.slug.Slugs;

/**
 * "Tin đọc nhiều": the most viewed visible articles of a period. A period of days sums the per-day rows through
 * their (view_date, article_id, views) index; "all" reads the folded totals through the view_count index.
 */
@ApplicationScoped
class MostViewedService {
    static final String VISIBLE = Visibility.sql("a", ":now");
    /** Views per article over the days from :firstDay, summed through the per-day index. */
    static final String BY_PERIOD = "select d.article_id, sum(d.views) as period_views from article_view_day d"
            + " join article a on a.id = d.article_id where d.view_date >= :firstDay and %s"
            + " group by d.article_id order by period_views desc, d.article_id desc";
    /** Ordered by the folded counts, which the index has (V6); the exact count comes with each summary. */
    static final String ALL_TIME = "select a.id, a.view_count from article a where %s"
            + " order by a.view_count desc, a.published_at desc, a.id desc";
    static final String IN_CATEGORY = " and a.category_id = (select c.id from category c where c.slug = :category)";

    private final EntityManager em;
    private final ArticleService articles;

    MostViewedService(EntityManager em, ArticleService articles) {
        this.em = em;
        this.articles = articles;
    }

    List<MostViewedArticle> mostViewed(Period period, int limit, String category) {
        if (category != null && !Slugs.isWellFormed(category)) {
            return List.of();
        }
        String filter = VISIBLE + (category == null ? "" : IN_CATEGORY);
        Query query = period == Period.ALL
                ? em.createNativeQuery(ALL_TIME.formatted(filter))
                : em.createNativeQuery(BY_PERIOD.formatted(filter))
                .setParameter("firstDay", Hanoi.today().minusDays(period.days - 1L));
        query.setParameter("now", Instant.now()).setMaxResults(limit);
        if (category != null) {
            query.setParameter("category", category);
        }
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
            result.add(MostViewedArticle.of(summary,
                    period == Period.ALL ? summary.viewCount() : periodViews.get(summary.id())));
        }
        return result;
    }
}
