package vn.bantin.media;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.bantin.common.MediaNames;

/**
 * Our images in an article, made ready for phones when the article is saved: the size of each (so the page does
 * not jump while it loads), its narrower variants as srcset, and lazy loading. Done after sanitising, from the
 * media library's own data; a later save strips and redoes it.
 */
@ApplicationScoped
public class MediaImages {
    /** The reading column is at most 760 CSS pixels wide; narrower screens show images full width. */
    static final String SIZES = "(max-width: 800px) 100vw, 760px";

    /** The size of one of our images, or null. */
    public int[] sizeOf(String url) {
        String name = MediaNames.isImageUrl(url) ? MediaNames.nameOf(url) : null;
        Medium m = name == null ? null : Medium.<Medium>find("name", name).firstResult();
        return m == null || m.width == null ? null : new int[] {m.width, m.height};
    }

    public String enrich(String html) {
        if (html == null || !html.contains(MediaNames.PATH)) {
            return html;
        }
        Document body = Jsoup.parseBodyFragment(html);
        body.outputSettings().prettyPrint(false);
        List<Element> images = body.select("img[src^=" + MediaNames.PATH + "]");
        List<String> names = images.stream()
                .map(img -> MediaNames.nameOf(img.attr("src")))
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        if (names.isEmpty()) {
            return html;
        }
        Map<String, Medium> media =
                Medium.<Medium>list("name in ?1", names).stream().collect(Collectors.toMap(m -> m.name, m -> m));
        for (Element img : images) {
            Medium m = media.get(MediaNames.nameOf(img.attr("src")));
            MediaNames.Image image = m == null ? null : MediaNames.image(img.attr("src"), m.width, m.height);
            if (image == null) {
                continue;
            }
            img.attr("width", String.valueOf(image.width()))
                    .attr("height", String.valueOf(image.height()))
                    .attr("loading", "lazy")
                    .attr("decoding", "async");
            if (!image.variants().isEmpty()) {
                String srcset = image.variants().stream()
                        .map(v -> v.url() + " " + v.width() + "w")
                        .collect(Collectors.joining(", "));
                img.attr("srcset", srcset + ", " + image.url() + " " + image.width() + "w")
                        .attr("sizes", SIZES);
            }
        }
        return body.body().html();
    }
}
