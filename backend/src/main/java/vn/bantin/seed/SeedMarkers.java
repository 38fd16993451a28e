package vn.bantin.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Remembers which data loads ran, so that a restart never loads the same data twice. */
@ApplicationScoped
class SeedMarkers {
    private final EntityManager em;

    SeedMarkers(EntityManager em) {
        this.em = em;
    }

    /**
     * Claims a load within the caller's transaction: true when it has not run before. Two instances starting at
     * once both insert; the primary key lets only one commit.
     */
    boolean claim(String name) {
        Number runs = (Number) em.createNativeQuery("select count(*) from seed_marker where name = :name")
                .setParameter("name", name)
                .getSingleResult();
        if (runs.longValue() > 0) {
            return false;
        }
        em.createNativeQuery("insert into seed_marker (name, applied_at) values (:name, :at)")
                .setParameter("name", name)
                .setParameter("at", vn.bantin.common.Clocks.now())
                .executeUpdate();
        return true;
    }
}
