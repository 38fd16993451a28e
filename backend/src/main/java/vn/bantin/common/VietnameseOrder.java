package vn.bantin.common;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Names in the order a Vietnamese reader expects (Đ after D, tone marks after the bare letter). */
public final class VietnameseOrder {
    private static final Collator COLLATOR = Collator.getInstance(Locale.forLanguageTag("vi"));

    private VietnameseOrder() {}

    public static <T> Comparator<T> by(java.util.function.Function<T, String> name) {
        return (a, b) -> {
            synchronized (COLLATOR) {
                return COLLATOR.compare(name.apply(a), name.apply(b));
            }
        };
    }
}
