package vn.bantin.importing;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.bantin.common.Hanoi;

/**
 * The line under an old portal's title, "Ngày đăng 10/07/2024 | 14:49 | Lượt xem: 130": the publication time in
 * Hanoi time and the portal's view count. Spaces around the bars may be no-break spaces.
 */
final class MetaLine {
    static final String FORM = "Ngày đăng dd/mm/yyyy | hh:mm | Lượt xem: N";
    private static final String SPACE = "[\\s\\u00A0]*";
    static final Pattern STARTS = Pattern.compile("(?iu)^" + SPACE + "Ngày đăng");
    private static final Pattern META = Pattern.compile("(?iu)Ngày đăng" + SPACE
            + "(\\d{1,2})/(\\d{1,2})/(\\d{4})" + SPACE + "\\|?" + SPACE + "(\\d{1,2}):(\\d{2})"
            + "(?:" + SPACE + "\\|" + SPACE + "Lượt xem" + SPACE + ":" + SPACE + "([\\d.,]+))?");

    record Meta(Instant publishedAt, long viewCount) {}

    private MetaLine() {}

    /** The meta found anywhere in {@code text}, null when there is none; a malformed date is an error. */
    static Meta find(String text, int line) throws PageUnreadable {
        Matcher m = META.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.of(
                    Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)));
            long views = m.group(6) == null
                    ? 0
                    : Long.parseLong(m.group(6).replace(".", "").replace(",", ""));
            return new Meta(local.atZone(Hanoi.ZONE).toInstant(), views);
        } catch (DateTimeException | NumberFormatException e) {
            throw new PageUnreadable(line, "the date '" + m.group() + "' is not a real date and time");
        }
    }
}
