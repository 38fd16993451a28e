package vn.bantin.syndication;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.bantin.Editors;
import vn.bantin.TestData;

/** The RSS feed, read as feed readers read it, and the sitemap, validated against the protocol's schema. */
@QuarkusTest
class SyndicationTest {
    private static final String SITE = "https://quanuy.example.vn";
    private static final String SEED_SLUG =
            "quan-uy-to-chuc-hoi-nghi-so-ket-6-thang-dau-nam-trien-khai-nhiem-vu-trong-tam-6-thang-cuoi-nam-20024";
    private static final String TRICKY_TITLE = "Hội nghị \"Dân vận khéo\" & <tổng kết> năm 2024";

    @Test
    void theFeedIsRss20OfTheNewestBulletinsWithAbsoluteLinksAndHanoiDates() throws Exception {
        String token = Editors.adminToken();
        String category = newCategory(token);
        String slug = publish(token, category, TRICKY_TITLE, "Tóm tắt có <b>thẻ</b> & dấu \"ngoặc\".");
        String draft = createDraft(token, category);

        Response answer = given().when().get("/api/v1/feed.xml?category=" + category);
        answer.then()
                .statusCode(200)
                .contentType(startsWith("application/rss+xml"))
                .header("ETag", startsWith("\""))
                .header("Cache-Control", containsString("public"));
        byte[] xml = answer.asByteArray();
        assertRss20(xml);

        SyndFeed feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(xml)));
        assertEquals("rss_2.0", feed.getFeedType());
        assertEquals("vi", feed.getLanguage());
        assertEquals(1, feed.getEntries().size(), "the draft is not in it");
        SyndEntry entry = feed.getEntries().get(0);
        assertEquals(TRICKY_TITLE, entry.getTitle(), "escaped on the way out, intact on the way in");
        assertEquals(SITE + "/bai-viet/" + slug, entry.getLink());
        assertEquals(
                "Tóm tắt có <b>thẻ</b> & dấu \"ngoặc\".", entry.getDescription().getValue());
        assertFalse(new String(xml, java.nio.charset.StandardCharsets.UTF_8).contains(draft));

        String pubDate = text(xml, "pubDate");
        assertTrue(pubDate.matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} \\+0700"), pubDate);

        given().header("If-None-Match", answer.header("ETag"))
                .when()
                .get("/api/v1/feed.xml?category=" + category)
                .then()
                .statusCode(304);
        given().accept("application/xml")
                .when()
                .get("/api/v1/feed.xml?category=" + category)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/rss+xml"));

        // The answer above may be served from the read cache: a publication shows at once all the same.
        String next = publish(token, category, "Tin mới hơn về dân vận", null);
        SyndFeed after = new SyndFeedInput()
                .build(new XmlReader(
                        new ByteArrayInputStream(given().accept("application/rss+xml, application/xml;q=0.9")
                                .when()
                                .get("/api/v1/feed.xml?category=" + category)
                                .then()
                                .statusCode(200)
                                .extract()
                                .asByteArray())));
        assertEquals(
                List.of(SITE + "/bai-viet/" + next, SITE + "/bai-viet/" + slug),
                after.getEntries().stream().map(SyndEntry::getLink).toList());
    }

    @Test
    void theWholeFeedHasTwentyNewestFirstAndAnUnknownCategoryGivesAnEmptyOne() throws Exception {
        byte[] xml = given().when()
                .get("/api/v1/feed.xml")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertRss20(xml);
        SyndFeed feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(xml)));
        assertEquals(20, feed.getEntries().size());
        for (int i = 1; i < feed.getEntries().size(); i++) {
            assertFalse(
                    feed.getEntries()
                            .get(i)
                            .getPublishedDate()
                            .after(feed.getEntries().get(i - 1).getPublishedDate()),
                    "newest first");
        }
        assertEquals(SITE + "/", feed.getLink());

        byte[] empty = given().when()
                .get("/api/v1/feed.xml?category=khong-co-muc-nay")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/rss+xml"))
                .extract()
                .asByteArray();
        assertRss20(empty);
        assertEquals(
                0,
                new SyndFeedInput()
                        .build(new XmlReader(new ByteArrayInputStream(empty)))
                        .getEntries()
                        .size());
    }

    @Test
    void theSitemapIsValidAndNamesEveryVisibleBulletinAndRobotsNamesIt() throws Exception {
        String token = Editors.adminToken();
        String draft = createDraft(token, newCategory(token));
        byte[] xml = given().when()
                .get("/sitemap.xml")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/xml"))
                .extract()
                .asByteArray();
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getClassLoader().getResource("syndication/sitemap.xsd"))
                .newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
        Document sitemap = parse(xml);
        List<String> locs = texts(sitemap, "loc");
        assertEquals(SITE + "/", locs.get(0));
        assertTrue(locs.contains(SITE + "/chuyen-muc/tin-tuc-hoat-dong-cua-quan-uy"), locs.toString());
        assertTrue(locs.contains(SITE + "/bai-viet/" + SEED_SLUG));
        assertFalse(locs.stream().anyMatch(l -> l.endsWith("/" + draft)), "no draft in the sitemap");
        int visible = given().queryParam("size", 1)
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .extract()
                .path("totalItems");
        assertEquals(
                visible, locs.stream().filter(l -> l.contains("/bai-viet/")).count());

        given().when()
                .get("/robots.txt")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/plain"))
                .body(containsString("Sitemap: " + SITE + "/sitemap.xml"))
                .body(containsString("Disallow: /quan-tri"));
        given().when().get("/sitemap-1.xml").then().statusCode(404);
    }

    @Test
    void aSitemapIndexIsValidToo() throws Exception {
        byte[] index = Sitemap.index(List.of(
                new Sitemap.Url(SITE + "/sitemap-1.xml", java.time.Instant.now()),
                new Sitemap.Url(SITE + "/sitemap-2.xml", null)));
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getClassLoader().getResource("syndication/sitemap.xsd"))
                .newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(index)));
    }

    /** RSS 2.0's rules as its specification states them, read with the JDK's own parser. */
    private static void assertRss20(byte[] xml) throws Exception {
        Document doc = parse(xml);
        Element rss = doc.getDocumentElement();
        assertEquals("rss", rss.getTagName());
        assertEquals("2.0", rss.getAttribute("version"));
        NodeList channels = rss.getElementsByTagName("channel");
        assertEquals(1, channels.getLength());
        Element channel = (Element) channels.item(0);
        for (String required : List.of("title", "link", "description")) {
            assertEquals(1, children(channel, required).size(), "channel/" + required);
        }
        for (Element item : children(channel, "item")) {
            assertFalse(
                    children(item, "title").isEmpty()
                            && children(item, "description").isEmpty(),
                    "an item has a title or a description");
            String link = children(item, "link").get(0).getTextContent();
            assertTrue(link.startsWith(SITE + "/bai-viet/") && !link.contains("//bai-viet"), link);
            Element guid = children(item, "guid").get(0);
            assertEquals("true", guid.getAttribute("isPermaLink"));
            assertEquals(link, guid.getTextContent());
            ZonedDateTime published = ZonedDateTime.parse(
                    children(item, "pubDate").get(0).getTextContent(), DateTimeFormatter.RFC_1123_DATE_TIME);
            assertEquals(7 * 3600, published.getOffset().getTotalSeconds(), "Hanoi time");
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new java.util.ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<String> texts(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static String text(byte[] xml, String tag) throws Exception {
        return texts(parse(xml), tag).get(0);
    }

    private static String newCategory(String token) {
        String name = "Tin nguồn " + TestData.unique("rss");
        return Editors.as(token)
                .body(Map.of("name", name))
                .when()
                .post("/api/v1/admin/categories")
                .then()
                .statusCode(201)
                .extract()
                .path("slug");
    }

    private static String publish(String token, String category, String title, String summary) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "title",
                title,
                "bodyHtml",
                "<p>Nội dung.</p>",
                "categorySlug",
                category,
                "authorSlug",
                "van-tan",
                "status",
                "PUBLISHED"));
        if (summary != null) {
            body.put("summary", summary);
        }
        return Editors.as(token)
                .body(body)
                .when()
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(201)
                .extract()
                .path("slug");
    }

    private static String createDraft(String token, String category) {
        return Editors.as(token)
                .body(Map.of(
                        "title",
                        "Bản nháp " + TestData.unique("nhap"),
                        "bodyHtml",
                        "<p>x</p>",
                        "categorySlug",
                        category,
                        "authorSlug",
                        "van-tan"))
                .when()
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(201)
                .extract()
                .path("slug");
    }
}
