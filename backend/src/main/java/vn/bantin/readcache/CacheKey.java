package vn.bantin.readcache;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The key of a public answer: host, raw path and query, with the query's parameters in name order, so that
 * {@code ?size=20&category=x} and {@code ?category=x&size=20} share one entry. Parameters of the same name keep
 * their order (the first one wins in the API). The host is part of the key because Link headers are absolute.
 */
final class CacheKey {
    private static final Comparator<String> BY_NAME = Comparator.comparing(CacheKey::name);

    private CacheKey() {
    }

    static String of(String host, String rawPath, String rawQuery) {
        StringBuilder key = new StringBuilder(64).append(host).append(' ').append(rawPath);
        if (rawQuery == null || rawQuery.isEmpty()) {
            return key.toString();
        }
        List<String> parameters = new ArrayList<>(Arrays.asList(rawQuery.split("&")));
        parameters.removeIf(String::isEmpty);
        parameters.sort(BY_NAME); // List.sort is stable
        return key.append('?').append(String.join("&", parameters)).toString();
    }

    private static String name(String parameter) {
        int equals = parameter.indexOf('=');
        return equals < 0 ? parameter : parameter.substring(0, equals);
    }
}
