package vn.bantin.common;

import java.util.List;
import java.util.stream.Collectors;

public final class Html {
    private Html() {}

    /** Plain paragraphs as HTML, their text kept exactly (double spaces and typos included). */
    public static String paragraphs(List<String> paragraphs) {
        return paragraphs.stream().map(p -> "<p>" + escape(p) + "</p>").collect(Collectors.joining("\n"));
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
