package vn.bantin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The Java side of V7's terms on its own; TermsAgreementTest (PostgreSQL) requires the database to make the same.
 */
class TermsTest {

    @Test
    void wordsPairsAndMonthsAreNamedAsV7NamesThem() {
        assertEquals("t:quan", Terms.word(Terms.TITLE, "quan"));
        assertEquals("a:quận.ủy", Terms.pair(Terms.ACCENTED, "quận", "ủy"));
        assertEquals("m:202407", Terms.month(YearMonth.of(2024, 7)));
    }

    @Test
    void foldedTextSplitsOnSpacesAndAccentedTextOnAnythingButLettersAndDigits() {
        assertEquals(List.of("quan", "uy"), Terms.foldedWords(" quan  uy "));
        assertEquals(List.of(), Terms.foldedWords(null));
        assertEquals(List.of(), Terms.foldedWords("   "));
        assertEquals(List.of("quận", "ủy", "11", "qđ", "tw"), Terms.accentedWords("quận ủy, 11-qđ/tw"));
        assertEquals(List.of(), Terms.accentedWords(null));
    }

    @Test
    void everyWordAndEveryPairOfNeighbours() {
        assertEquals(List.of("s:a", "s:a.b", "s:b", "s:b.c", "s:c"), Terms.of(Terms.SUMMARY, List.of("a", "b", "c")));
        assertEquals(List.of(), Terms.of(Terms.SUMMARY, List.of()));
    }

    @Test
    void aWordOverPostgresqlsLexemeLimitIsLeftOutWithItsPairs() {
        String longest = "a".repeat(999);
        String tooLong = "a".repeat(1000);
        assertEquals(List.of("x", "x." + longest, longest), Terms.of("", List.of("x", longest)));
        assertEquals(List.of("x", "y"), Terms.of("", List.of("x", tooLong, "y")));
        // Bytes, not characters: 500 two-byte letters are 1,000 bytes.
        assertEquals(List.of(), Terms.of("", List.of("đ".repeat(500))));
    }

    @Test
    void anArticlesVectorHasEveryFieldsTermsAndItsHanoiMonth() {
        // 17:30 UTC on 30 June is half past midnight on 1 July in Hanoi.
        TreeSet<String> terms = Terms.ofArticle(
                " quan uy ", " hoi nghi ", " so ket ", "quận ủy", Instant.parse("2024-06-30T17:30:00Z"));
        assertEquals(
                new TreeSet<>(List.of(
                        "quan",
                        "quan.uy",
                        "uy",
                        "t:hoi",
                        "t:hoi.nghi",
                        "t:nghi",
                        "s:so",
                        "s:so.ket",
                        "s:ket",
                        "a:quận",
                        "a:quận.ủy",
                        "a:ủy",
                        "m:202407")),
                terms);
        assertFalse(Terms.ofArticle(" a ", null, null, null, null).stream().anyMatch(t -> t.startsWith("m:")));
        assertTrue(Terms.ofArticle(null, null, null, null, null).isEmpty());
    }
}
