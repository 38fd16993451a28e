package vn.bantin.syndication;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jsoup.Jsoup;
import vn.bantin.article.Article;
import vn.bantin.common.Hanoi;

/**
 * RSS 2.0 of the newest bulletins, written with the JDK's XML writer so that every title, summary and body is
 * escaped as XML wants. Dates are RFC 822 in Hanoi time (+0700); links are the reader pages' absolute addresses;
 * the whole text goes in {@code content:encoded} for readers that show it, the summary (or the text's opening) in
 * {@code description}. Nothing in it depends on the hour it is asked, so its ETag changes only with the bulletins.
 */
final class Rss {
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH)
            .withZone(Hanoi.ZONE);
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** A description without a summary: the text's opening, cut at a word. */
    private static final int OPENING = 300;

    record Channel(String title, String link, String description, String self) {}

    private Rss() {}

    static byte[] of(Channel channel, String siteUrl, List<Article> articles) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace("content", CONTENT);
            xml.writeNamespace("dc", DUBLIN_CORE);
            xml.writeNamespace("atom", ATOM);
            xml.writeStartElement("channel");
            element(xml, "title", channel.title());
            element(xml, "link", channel.link());
            element(xml, "description", channel.description());
            element(xml, "language", "vi");
            xml.writeEmptyElement("atom", "link", ATOM);
            xml.writeAttribute("href", channel.self());
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("type", "application/rss+xml");
            Instant latest = articles.stream()
                    .map(Rss::changedAt)
                    .max(Instant::compareTo)
                    .orElse(null);
            if (latest != null) {
                element(xml, "lastBuildDate", RFC_822.format(latest));
            }
            for (Article article : articles) {
                item(xml, siteUrl, article);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("An RSS feed in memory cannot fail to be written", e);
        }
        return bytes.toByteArray();
    }

    private static void item(XMLStreamWriter xml, String siteUrl, Article article) throws XMLStreamException {
        String link = siteUrl + "/bai-viet/" + article.slug;
        xml.writeStartElement("item");
        element(xml, "title", article.title);
        element(xml, "link", link);
        xml.writeStartElement("guid");
        xml.writeAttribute("isPermaLink", "true");
        xml.writeCharacters(link);
        xml.writeEndElement();
        element(xml, "pubDate", RFC_822.format(article.publishedAt));
        element(
                xml,
                "description",
                article.summary != null && !article.summary.isBlank() ? article.summary : opening(article.bodyHtml));
        element(xml, "category", article.category.name);
        xml.writeStartElement("dc", "creator", DUBLIN_CORE);
        xml.writeCharacters(article.author.name);
        xml.writeEndElement();
        xml.writeStartElement("content", "encoded", CONTENT);
        xml.writeCharacters(article.bodyHtml);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static String opening(String bodyHtml) {
        String text = Jsoup.parseBodyFragment(bodyHtml == null ? "" : bodyHtml).text();
        if (text.length() <= OPENING) {
            return text;
        }
        int cut = text.lastIndexOf(' ', OPENING);
        return text.substring(0, cut > 0 ? cut : OPENING) + "…";
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static Instant changedAt(Article a) {
        return a.updatedAt != null && a.updatedAt.isAfter(a.publishedAt) ? a.updatedAt : a.publishedAt;
    }
}
