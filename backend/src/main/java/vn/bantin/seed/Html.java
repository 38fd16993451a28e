package vn.bantin.seed;

import java.util.List;
import java.util.stream.Collectors;

final class Html {
    private Html() {
    }

    /** Plain paragraphs as HTML, their text kept exactly (double spaces and typos included). */
    static String paragraphs(List<String> paragraphs) {
        return paragraphs.stream().map(p -> "<p>" + escape(p) + "</p>").collect(Collectors.joining("\n"));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
