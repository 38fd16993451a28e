package vn.bantin.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.common.Hanoi;
import vn.bantin.listing.ArticleStatus;

class DemoBulletinsTest {

    @Test
    void sameSeedGivesTheSameBulletins() {
        assertEquals(DemoBulletins.generate(42, 200), DemoBulletins.generate(42, 200));
        assertNotEquals(DemoBulletins.generate(42, 200), DemoBulletins.generate(43, 200));
    }

    @Test
    void bulletinsSpanSeveralYearsAndEveryStatus() {
        List<DemoBulletins.Bulletin> bulletins = DemoBulletins.generate(7, 3000);
        long years = bulletins.stream()
                .map(b -> Year.from(b.publishedAt().atZone(Hanoi.ZONE)))
                .distinct()
                .count();
        assertTrue(years >= 5, "years: " + years);
        for (ArticleStatus status : ArticleStatus.values()) {
            assertTrue(bulletins.stream().anyMatch(b -> b.status() == status), status.name());
        }
        assertTrue(bulletins.stream()
                .allMatch(b -> b.title().length() <= 300 && !b.paragraphs().isEmpty()));
    }
}
