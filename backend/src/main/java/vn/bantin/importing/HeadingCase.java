package vn.bantin.importing;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A category name from an old portal's heading in capitals ("TIN TỨC HOẠT ĐỘNG CỦA QUẬN ỦY"): in sentence case,
 * with the names of the Party's and the State's bodies written as they are written ("Tin tức hoạt động của Quận
 * ủy"). A heading that is not all capitals is kept as it is.
 */
final class HeadingCase {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** Longest first, so that "Ủy ban nhân dân" wins over a shorter name inside it. */
    private static final List<String> NAMES = List.of(
            "Mặt trận Tổ quốc Việt Nam",
            "Hội đồng nhân dân",
            "Ủy ban nhân dân",
            "Mặt trận Tổ quốc",
            "Ban Chấp hành",
            "Hồ Chí Minh",
            "Ban Thường vụ",
            "Trung ương",
            "Việt Nam",
            "Quốc hội",
            "Chính phủ",
            "Thành ủy",
            "Quận ủy",
            "Huyện ủy",
            "Tỉnh ủy",
            "Đảng ủy",
            "Nhà nước",
            "Đảng");

    private HeadingCase() {}

    static String of(String heading) {
        if (!heading.equals(heading.toUpperCase(VIETNAMESE))) {
            return heading;
        }
        String lower = heading.toLowerCase(VIETNAMESE);
        String sentence = lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(VIETNAMESE) + lower.substring(1);
        for (String name : NAMES) {
            Matcher m = Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])" + Pattern.quote(name) + "(?![\\p{L}\\p{M}])")
                    .matcher(sentence);
            sentence = m.replaceAll(Matcher.quoteReplacement(name));
        }
        return sentence;
    }
}
