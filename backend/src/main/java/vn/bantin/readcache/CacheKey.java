package vn.bantin.readcache;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.bantin.common.ReadParameters;

/**
 * The key of a public answer: raw path and the query parameters the endpoint reads ({@link ReadParameters}), in
 * name order, so that {@code ?size=20&category=x} and {@code ?category=x&size=20&utm=1} share one entry.
 * Parameters of the same name keep their order (the first one wins in the API). Answers do not depend on the
 * Host header (links are relative), so neither does the key.
 */
final class CacheKey {
    private static final Comparator<String> BY_NAME = Comparator.comparing(CacheKey::name);

    private CacheKey() {}

    static String of(String rawPath, String rawQuery) {
        StringBuilder key = new StringBuilder(64).append(rawPath);
        List<String> parameters = new ArrayList<>(ReadParameters.kept(rawPath, rawQuery));
        if (parameters.isEmpty()) {
            return key.toString();
        }
        parameters.sort(BY_NAME); // List.sort is stable
        return key.append('?').append(String.join("&", parameters)).toString();
    }

    private static String name(String parameter) {
        int equals = parameter.indexOf('=');
        return equals < 0 ? parameter : parameter.substring(0, equals);
    }
}
