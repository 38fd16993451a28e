package vn.bantin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Folding, query parsing and highlighting on their own, without the app: each rule where it is written. */
class SearchTextUnitTest {
    private static final List<GlossaryEntry> GLOSSARY = List.of(
            new GlossaryEntry("QCDC", "Quy chế dân chủ"),
            new GlossaryEntry("BCĐ", "Ban Chỉ đạo"),
            new GlossaryEntry("đ/c", "đồng chí"));

    @ParameterizedTest(name = "{0} → [{1}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "Quận Ủy|quan uy",
                "QUẬN ỦY|quan uy",
                "quận uỷ|quan uy",
                "Đảng bộ|dang bo",
                "Hội nghị, 6 tháng!|hoi nghi 6 thang",
                "11-QĐ/TW|11 qd tw",
                "  nhiều   dấu  cách |nhieu dau cach"
            })
    void foldingDropsCaseMarksAndPunctuation(String text, String folded) {
        assertEquals(" " + folded + " ", Folding.fold(text));
        assertEquals(" " + folded + " ", Folding.fold(Normalizer.normalize(text, Normalizer.Form.NFD)), "NFD");
    }

    @Test
    void accentedKeepsMarksInNewStylePlacement() {
        assertEquals("hòa thuận quận ủy", Folding.accented("Hoà thuận Quận Uỷ"));
    }

    @Test
    void anAbbreviationAndItsExpansionAreOneGroupEitherWay() {
        SearchQuery byTerm = SearchQuery.parse("QCDC ở cơ sở", GLOSSARY);
        assertEquals(
                List.of(List.of("qcdc"), List.of("quy", "che", "dan", "chu")),
                byTerm.groups().get(0));
        assertEquals(List.of(List.of("o")), byTerm.groups().get(1));
        SearchQuery byExpansion = SearchQuery.parse("quy che dan chu", GLOSSARY);
        assertEquals(1, byExpansion.groups().size());
        assertEquals(
                List.of(List.of("quy", "che", "dan", "chu"), List.of("qcdc")),
                byExpansion.groups().get(0));
        assertEquals(
                List.of(List.of("bcd"), List.of("ban", "chi", "dao")),
                SearchQuery.parse("BCĐ", GLOSSARY).groups().get(0));
    }

    @Test
    void marksAndControlCharactersAreNoticedAndDropped() {
        assertTrue(SearchQuery.parse("đường", GLOSSARY).hasMarks());
        assertFalse(SearchQuery.parse("duong", GLOSSARY).hasMarks());
        assertEquals(
                List.of("quy", "che"),
                SearchQuery.parse("quy\u0000che", GLOSSARY).words());
        assertTrue(SearchQuery.parse("!!! ...", GLOSSARY).groups().isEmpty());
    }

    @Test
    void theHighlightMarksOriginalCharactersAndEscapesHtml() {
        SearchQuery query = SearchQuery.parse("quy che", GLOSSARY);
        String excerpt = Highlighter.highlight(query, Arrays.asList(null, "Thực hiện <b>Quy chế</b> dân chủ"));
        assertTrue(excerpt.contains("<mark>Quy</mark> <mark>chế</mark>"), excerpt);
        assertTrue(excerpt.contains("&lt;b&gt;"), excerpt);
        assertNull(Highlighter.highlight(query, List.of("không có gì")));
    }

    @Test
    void wordsTypedWithTheirToneMarksMarkOnlyThoseWords() {
        String text = "Đồng chí Văn Tân vận động bà con, tấn công tội phạm";
        assertEquals(
                "Đồng chí <mark>Văn</mark> <mark>Tân</mark> vận động bà con, tấn công tội phạm",
                Highlighter.highlight(SearchQuery.parse("Văn Tân", GLOSSARY), List.of(text)));
        assertEquals(
                "Đồng chí <mark>Văn</mark> <mark>Tân</mark> <mark>vận</mark> động bà con, <mark>tấn</mark> công tội phạm",
                Highlighter.highlight(SearchQuery.parse("van tan", GLOSSARY), List.of(text)),
                "typed without marks: all");
        assertEquals(
                "Đồng chí <mark>Văn</mark> <mark>Tân</mark> vận động bà con, <mark>tấn</mark> công tội phạm",
                Highlighter.highlight(SearchQuery.parse("Văn tan", GLOSSARY), List.of(text)),
                "a word typed plain marks every spelling of it, one typed with marks only its own");
    }

    @Test
    void aLongTextIsCutAroundTheMatch() {
        String text = "mở đầu ".repeat(100) + "Ban Chỉ đạo" + " kết thúc".repeat(100);
        String excerpt = Highlighter.highlight(SearchQuery.parse("BCĐ", GLOSSARY), List.of(text));
        assertTrue(excerpt.contains("<mark>Ban Chỉ đạo</mark>") || excerpt.contains("<mark>Ban</mark>"), excerpt);
        assertTrue(excerpt.length() < text.length() / 2, excerpt);
    }

    @Test
    void theExcerptIsWholeWordsWithTheMatchAThirdOfTheWayIn() {
        StringBuilder text = new StringBuilder();
        for (int i = 100; i < 200; i++) {
            text.append("w").append(i).append(' ');
        }
        text.append("quy chế");
        for (int i = 200; i < 300; i++) {
            text.append(' ').append("w").append(i);
        }
        String excerpt = Highlighter.highlight(SearchQuery.parse("quy che", List.of()), List.of(text.toString()));
        assertTrue(excerpt.matches("… w\\d{3} .* w\\d{3} …"), "cut at spaces, both ends marked: " + excerpt);
        String visible =
                excerpt.substring(2, excerpt.length() - 2).replace("<mark>", "").replace("</mark>", "");
        assertTrue(
                visible.length() <= Highlighter.EXCERPT && visible.length() > Highlighter.EXCERPT - 10,
                visible.length() + ": " + visible);
        int before = visible.indexOf("quy chế");
        assertTrue(Math.abs(before - Highlighter.EXCERPT / 3) <= 5, before + ": " + visible);
        assertTrue(excerpt.contains("<mark>quy</mark> <mark>chế</mark>"), excerpt);
    }

    @Test
    void aMatchNearEitherEndShowsThatEndUncut() {
        String start = "quy chế " + "lời ".repeat(100);
        String atStart = Highlighter.highlight(SearchQuery.parse("quy che", List.of()), List.of(start));
        assertTrue(atStart.startsWith("<mark>quy</mark> <mark>chế</mark> lời") && atStart.endsWith(" …"), atStart);
        String end = "lời ".repeat(100) + "quy chế";
        String atEnd = Highlighter.highlight(SearchQuery.parse("quy che", List.of()), List.of(end));
        assertTrue(atEnd.startsWith("… lời") && atEnd.endsWith("<mark>quy</mark> <mark>chế</mark>"), atEnd);
        String visible = atEnd.substring(2).replace("<mark>", "").replace("</mark>", "");
        assertTrue(visible.length() <= Highlighter.EXCERPT && visible.length() > Highlighter.EXCERPT - 10, visible);
    }

    @Test
    void theWholePhraseIsPreferredToItsWordsAnywhereInAnyText() {
        String excerpt = Highlighter.highlight(
                SearchQuery.parse("quy che", List.of()), List.of("chế độ và quy định", "Thực hiện quy chế"));
        assertEquals("Thực hiện <mark>quy</mark> <mark>chế</mark>", excerpt);
        assertEquals(
                "<mark>chế</mark> độ và <mark>quy</mark> định",
                Highlighter.highlight(SearchQuery.parse("quy che", List.of()), List.of("chế độ và quy định", "")));
    }

    /** Only a long text's head is folded first; a match after it, or one whose excerpt would reach past it, is still found whole. */
    @Test
    void aMatchAnywhereInALongTextIsCutTheSameWayWhereverTheFoldedHeadEnds() {
        SearchQuery query = SearchQuery.parse("quy che", List.of());
        for (int at = Highlighter.HEAD - 400; at < Highlighter.HEAD + 400; at += 7) {
            String text = "lời ".repeat(at / 4) + "quy chế" + " kết".repeat(200);
            String excerpt = Highlighter.highlight(query, List.of(text));
            assertTrue(excerpt.startsWith("… lời") && excerpt.endsWith("kết …"), at + ": " + excerpt);
            String visible = excerpt.substring(2, excerpt.length() - 2)
                    .replace("<mark>", "")
                    .replace("</mark>", "");
            assertTrue(visible.length() <= Highlighter.EXCERPT && visible.length() > Highlighter.EXCERPT - 10, visible);
            int before = visible.indexOf("quy chế");
            assertTrue(Math.abs(before - Highlighter.EXCERPT / 3) <= 5, at + ": " + visible);
            assertTrue(excerpt.contains("<mark>quy</mark> <mark>chế</mark>"), excerpt);
        }
        String wordInHeadPhraseAfter = "chế độ " + "lời ".repeat(1000) + "quy chế" + " kết".repeat(100);
        assertTrue(Highlighter.highlight(query, List.of(wordInHeadPhraseAfter))
                .contains("<mark>quy</mark> <mark>chế</mark>"));
    }

    /** A body's head is the text of its HTML's first few thousand characters; the excerpt is the whole text's. */
    @Test
    void aBodyHighlightsTheSameFromItsHeadAsFromItsWholeText() {
        SearchQuery query = SearchQuery.parse("quy chế dân chủ", GLOSSARY);
        for (int before = 0; before < 60; before += 3) {
            StringBuilder html = new StringBuilder();
            for (int i = 0; i < before; i++) {
                html.append("<p>Đoạn ").append(i).append(" có <em>chữ nghiêng</em> &amp; &quot;dấu&quot; chế độ.</p>");
            }
            html.append("<p>Thực hiện <strong>quy chế dân chủ</strong> ở cơ sở.</p>");
            html.append("<p>Đoạn sau &hellip; kết thúc.</p>".repeat(40));
            String body = html.toString();
            assertEquals(
                    Highlighter.highlight(query, List.of(SearchText.plainText(body))),
                    Highlighter.highlightIn(query, List.of(SearchText.body(body))),
                    before + " paragraphs before");
        }
    }
}
