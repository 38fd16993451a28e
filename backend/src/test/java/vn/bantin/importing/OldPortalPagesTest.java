package vn.bantin.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The old portal's pages, text and HTML, read into what the seed's structured reading says. */
class OldPortalPagesTest {
    static byte[] resource(String name) throws IOException {
        try (InputStream in = OldPortalPagesTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    static JsonNode seedJson() throws IOException {
        return new ObjectMapper().readTree(resource("seed/bulletin-2024-07-10.json"));
    }

    static String seedText() throws IOException {
        return new String(resource("import/bulletin-2024-07-10.txt"), StandardCharsets.UTF_8);
    }

    @Test
    void theSeedTextPageReadsAsItsStructuredReading() throws Exception {
        assertReadsAsSeed(TextPages.read(seedText()));
    }

    @Test
    void theSeedAsHtmlReadsTheSameWithoutTheMenuSidebarOrShareButtons() throws Exception {
        String html = new String(resource("import/bulletin-2024-07-10.html"), StandardCharsets.UTF_8);
        OldPortalPage page = HtmlPages.read(html, "");
        assertReadsAsSeed(page);
        assertTrue(
                !page.bodyHtml().contains("Tin liên quan")
                        && !page.bodyHtml().contains("In bài viết")
                        && !page.bodyHtml().contains("fb-like")
                        && !page.bodyHtml().contains("Ngày đăng"),
                page.bodyHtml());
    }

    private static void assertReadsAsSeed(OldPortalPage page) throws IOException {
        JsonNode seed = seedJson();
        assertEquals(seed.at("/category/heading").asText(), page.category());
        assertEquals(seed.at("/category/name").asText(), HeadingCase.of(page.category()));
        assertEquals(seed.at("/title").asText(), page.title());
        assertEquals(OffsetDateTime.parse(seed.at("/publishedAt").asText()).toInstant(), page.publishedAt());
        assertEquals(seed.at("/viewCount").asLong(), page.viewCount());
        assertEquals(seed.at("/author/name").asText(), page.author());
        assertNull(page.summary());
        List<String> expected = new ArrayList<>();
        seed.at("/paragraphs").forEach(p -> expected.add(p.asText()));
        List<String> paragraphs = Jsoup.parseBodyFragment(page.bodyHtml()).select("p").stream()
                .map(Element::wholeText)
                .toList();
        assertEquals(expected, paragraphs, "the paragraphs verbatim, double spaces and typos included");
    }

    @Test
    void aTextPageWithoutItsDateLineIsReportedAtTheLineWhereItShouldBe() throws Exception {
        String broken = seedText().replace("Ngày đăng 10/07/2024 | 14:49 \u00A0|\u00A0Lượt xem: 130\n", "");
        PageUnreadable e = assertThrows(PageUnreadable.class, () -> TextPages.read(broken));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("Ngày đăng dd/mm/yyyy"), e.getMessage());
    }

    @Test
    void anImpossibleDateIsReportedWithItsLine() throws Exception {
        String broken = seedText().replace("10/07/2024", "31/02/2024");
        PageUnreadable e = assertThrows(PageUnreadable.class, () -> TextPages.read(broken));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("31/02/2024"), e.getMessage());
    }

    @Test
    void aPageThatEndsInTextHasLostItsAuthor() throws Exception {
        String broken = seedText().replace("\u00A0Văn Tân", "");
        PageUnreadable e = assertThrows(PageUnreadable.class, () -> TextPages.read(broken));
        assertEquals(14, e.line());
        assertThrows(PageUnreadable.class, () -> TextPages.read(" \n\u00A0\n"));
    }

    @Test
    void htmlWithoutADateOrACategoryIsReported() {
        PageUnreadable noDate = assertThrows(
                PageUnreadable.class,
                () -> HtmlPages.read(
                        "<html><body>"
                                + "<ul class=breadcrumb><li><a href=/>Trang chủ</a><li><a href=/x>Tin tức</a></ul><h1>Tiêu đề</h1>"
                                + "<div id=news-bodyhtml><p>Đoạn một.</p><p>Văn Tân</p></div></body></html>",
                        ""));
        assertTrue(noDate.getMessage().contains("Ngày đăng"), noDate.getMessage());
        PageUnreadable noCategory = assertThrows(
                PageUnreadable.class,
                () -> HtmlPages.read(
                        "<html><body>"
                                + "<h1>Tiêu đề</h1><p>Ngày đăng 10/07/2024 | 14:49 | Lượt xem: 1</p>"
                                + "<div id=news-bodyhtml><p>Đoạn một.</p><p>Văn Tân</p></div></body></html>",
                        ""));
        assertTrue(noCategory.getMessage().contains("category"), noCategory.getMessage());
    }

    @Test
    void htmlKeepsImagesAndLinksOfTheArticleWithAbsoluteAddresses() throws Exception {
        OldPortalPage page = HtmlPages.read(
                "<html><head><link rel=canonical href='https://old.example.vn/tin/a.html'>"
                        + "</head><body><ul class=breadcrumbs><li><a href=/>Trang chủ</a><li><a href=/tin>Tin tức</a></ul>"
                        + "<h1>Đại hội chi bộ</h1><span>Ngày đăng 02/03/2021 | 08:05 | Lượt xem: 1.204</span>"
                        + "<div class=hometext>Tóm tắt của bài.</div>"
                        + "<div class=bodytext><p>Đoạn một  <a href='../van-ban/qd.pdf'>quyết định</a>.</p>"
                        + "<p><img src='/uploads/news/2021/dai-hoi.jpg' alt='Đại hội'></p><script>track()</script>"
                        + "<p style='text-align:right'><strong>Nguyễn Thị Hoa</strong></p></div></body></html>",
                "");
        assertEquals("Tin tức", page.category());
        assertEquals(1204, page.viewCount());
        assertEquals("Nguyễn Thị Hoa", page.author());
        assertEquals("Tóm tắt của bài.", page.summary());
        assertTrue(
                page.bodyHtml().contains("src=\"https://old.example.vn/uploads/news/2021/dai-hoi.jpg\""),
                page.bodyHtml());
        assertTrue(page.bodyHtml().contains("href=\"https://old.example.vn/van-ban/qd.pdf\""), page.bodyHtml());
        assertTrue(!page.bodyHtml().contains("script") && !page.bodyHtml().contains("Nguyễn Thị Hoa"));
        assertTrue(page.bodyHtml().startsWith("<p>Đoạn một  <a"), "the text verbatim, its double space kept");
    }

    @Test
    void headingsInCapitalsBecomeSentenceCaseWithTheBodiesNamesKept() {
        assertEquals("Tin tức hoạt động của Quận ủy", HeadingCase.of("TIN TỨC HOẠT ĐỘNG CỦA QUẬN ỦY"));
        assertEquals("Mặt trận Tổ quốc và các đoàn thể", HeadingCase.of("MẶT TRẬN TỔ QUỐC VÀ CÁC ĐOÀN THỂ"));
        assertEquals("Văn bản chỉ đạo", HeadingCase.of("Văn bản chỉ đạo"));
    }
}
