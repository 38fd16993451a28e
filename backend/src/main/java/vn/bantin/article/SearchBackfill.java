package vn.bantin.article;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.jboss.logging.Logger;

/** Fills the search texts of articles stored before search existed (migration V3), in batches, once. */
@ApplicationScoped
public class SearchBackfill {
    private static final Logger LOG = Logger.getLogger(SearchBackfill.class);
    private static final int BATCH = 200;

    private final EntityManager em;

    SearchBackfill(EntityManager em) {
        this.em = em;
    }

    void onStart(@Observes @Priority(5) StartupEvent event) {
        int filled = 0;
        int done;
        do {
            done = QuarkusTransaction.requiringNew().call(() -> {
                List<Article> missing = em.createQuery(
                                "select a from Article a join fetch a.author" + " where a.searchAll is null",
                                Article.class)
                        .setMaxResults(BATCH)
                        .getResultList();
                missing.forEach(Article::keepSearchTextCurrent);
                return missing.size();
            });
            filled += done;
        } while (done == BATCH);
        if (filled > 0) {
            LOG.infof("Filled the search texts of %d articles", filled);
        }
    }
}
