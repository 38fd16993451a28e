package vn.bantin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tsquery text PostgresSearch sends: quoting in one place, every compound in parentheses. */
class TsQueryTest {
    private static final List<GlossaryEntry> GLOSSARY = List.of(new GlossaryEntry("QCDC", "Quy chế dân chủ"));

    @Test
    void aTermIsQuotedWithItsQuotesAndBackslashesEscaped() {
        assertEquals("'quan'", TsQuery.term("quan").toString());
        assertEquals("'it''s'", TsQuery.term("it's").toString());
        assertEquals("'a\\\\b'", TsQuery.term("a\\b").toString());
    }

    @Test
    void oneOperandStandsAloneAndCompoundsAreParenthesised() {
        TsQuery a = TsQuery.term("a");
        TsQuery b = TsQuery.term("b");
        assertEquals("'a'", TsQuery.all(List.of(a)).toString());
        assertEquals("'a'", TsQuery.any(List.of(a)).toString());
        assertEquals("('a' & 'b')", TsQuery.all(List.of(a, b)).toString());
        assertEquals("('a' | 'b')", TsQuery.any(List.of(a, b)).toString());
        assertEquals("('a' & 'b')", a.and(b).toString());
        assertEquals("!('a' | 'b')", TsQuery.any(List.of(a, b)).not().toString());
        assertEquals(
                "(('a' | 'b') & 'c')",
                TsQuery.any(List.of(a, b)).and(TsQuery.term("c")).toString());
    }

    @Test
    void aPhraseIsItsWordAloneOrAllItsNeighbourPairs() {
        assertEquals("'t:quy'", TsQuery.phrase(Terms.TITLE, List.of("quy")).toString());
        assertEquals(
                "('s:quy.che' & 's:che.dan')",
                TsQuery.phrase(Terms.SUMMARY, List.of("quy", "che", "dan")).toString());
    }

    @Test
    void everyGroupMustMatchEachAsAnyOfItsPhrases() {
        SearchQuery query = SearchQuery.parse("QCDC ở cơ sở", GLOSSARY);
        assertEquals(
                "(('t:qcdc' | ('t:quy.che' & 't:che.dan' & 't:dan.chu')) & 't:o' & 't:co' & 't:so')",
                TsQuery.everyGroup(Terms.TITLE, query).toString());
    }
}
