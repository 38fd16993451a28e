package vn.bantin.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The abbreviations table (seeded by migration V3), read fresh so that an edit to it applies at once. */
@ApplicationScoped
public class Glossary {
    private final EntityManager em;

    Glossary(EntityManager em) {
        this.em = em;
    }

    public List<GlossaryEntry> entries() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select term, expansion from glossary order by term")
                .getResultList();
        return rows.stream()
                .map(r -> new GlossaryEntry((String) r[0], (String) r[1]))
                .toList();
    }
}
