package vn.bantin.syndication;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.bantin.common.Hanoi;

/**
 * Sitemaps as sitemaps.org defines them: a {@code urlset} of at most 50,000 addresses, or, for a larger site, a
 * {@code sitemapindex} naming the parts ({@code /sitemap-1.xml}, …). The home page and the categories come first,
 * then every visible bulletin, newest first, with its last change.
 */
final class Sitemap {
    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** W3C datetime with seconds, as the schema's xsd:dateTime needs them, in Hanoi time. */
    private static final DateTimeFormatter W3C_DATETIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").withZone(Hanoi.ZONE);
    /** The protocol's limit per file. */
    static final int MAX_URLS = 50_000;

    record Url(String loc, Instant lastmod) {}

    private Sitemap() {}

    static byte[] urlset(List<Url> urls) {
        return write("urlset", urls, "url");
    }

    static byte[] index(List<Url> parts) {
        return write("sitemapindex", parts, "sitemap");
    }

    private static byte[] write(String root, List<Url> entries, String entry) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(entries.size() * 120 + 200);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(NAMESPACE);
            for (Url url : entries) {
                xml.writeStartElement(entry);
                xml.writeStartElement("loc");
                xml.writeCharacters(url.loc());
                xml.writeEndElement();
                if (url.lastmod() != null) {
                    xml.writeStartElement("lastmod");
                    xml.writeCharacters(W3C_DATETIME.format(url.lastmod()));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("A sitemap in memory cannot fail to be written", e);
        }
        return bytes.toByteArray();
    }
}
