package vn.bantin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.bantin.search.RelevanceLevel.ACCENTED;
import static vn.bantin.search.RelevanceLevel.ALL_IN_SUMMARY;
import static vn.bantin.search.RelevanceLevel.ALL_IN_TITLE;
import static vn.bantin.search.RelevanceLevel.PHRASE_ANYWHERE;
import static vn.bantin.search.RelevanceLevel.PHRASE_IN_SUMMARY;
import static vn.bantin.search.RelevanceLevel.PHRASE_IN_TITLE;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which levels rank a query, what implies what, and that each level outweighs all after it. */
class RelevanceLevelTest {

    private static List<RelevanceLevel> levels(String query) {
        return RelevanceLevel.of(SearchQuery.parse(query, List.of()));
    }

    @Test
    void phraseLevelsNeedTwoWordsAndTheAccentedLevelNeedsMarks() {
        assertEquals(List.of(ALL_IN_TITLE, ALL_IN_SUMMARY), levels("quan"));
        assertEquals(List.of(ALL_IN_TITLE, ALL_IN_SUMMARY, ACCENTED), levels("quận"));
        assertEquals(
                List.of(PHRASE_IN_TITLE, ALL_IN_TITLE, PHRASE_IN_SUMMARY, ALL_IN_SUMMARY, PHRASE_ANYWHERE),
                levels("quan uy"));
        assertEquals(List.of(RelevanceLevel.values()), levels("quận ủy"));
    }

    @Test
    void onlyTheWholePhraseImpliesOtherLevels() {
        Set<List<RelevanceLevel>> implied = Set.of(
                List.of(PHRASE_IN_TITLE, ALL_IN_TITLE),
                List.of(PHRASE_IN_TITLE, PHRASE_ANYWHERE),
                List.of(PHRASE_IN_SUMMARY, ALL_IN_SUMMARY),
                List.of(PHRASE_IN_SUMMARY, PHRASE_ANYWHERE));
        for (RelevanceLevel a : RelevanceLevel.values()) {
            for (RelevanceLevel b : RelevanceLevel.values()) {
                assertEquals(implied.contains(List.of(a, b)), a.implies(b), a + " implies " + b);
            }
            assertEquals(a != ACCENTED, a.impliesMatch(), a + " implies a match");
        }
    }

    @Test
    void eachLevelWeighsMoreThanAllTheLevelsAfterItTogether() {
        List<RelevanceLevel> all = List.of(RelevanceLevel.values());
        for (int i = 0; i < all.size(); i++) {
            int after = 0;
            for (int j = i + 1; j < all.size(); j++) {
                after += RelevanceLevel.weight(all, all.get(j));
            }
            assertTrue(
                    RelevanceLevel.weight(all, all.get(i)) > after, all.get(i).toString());
        }
        assertEquals(1, RelevanceLevel.weight(all, ACCENTED));
        assertFalse(RelevanceLevel.weight(List.of(ALL_IN_TITLE, ALL_IN_SUMMARY), ALL_IN_TITLE) > 2);
    }
}
