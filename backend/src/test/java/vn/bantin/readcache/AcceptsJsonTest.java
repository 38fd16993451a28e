package vn.bantin.readcache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which Accept headers a cached JSON answer may be served to; the rest go to the REST layer's negotiation. */
class AcceptsJsonTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NONE",
            value = {
                "NONE                                                                  | true",
                "*/*                                                                   | true",
                "application/json                                                      | true",
                "application/*                                                         | true",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8      | true",
                "application/json;q=0.5, text/plain                                    | true",
                "text/html                                                             | false",
                "application/xml                                                       | false",
                "application/json;q=0, text/html                                       | false",
                "application/json;q=0.0                                                | false",
            })
    void acceptsJson(String accept, boolean expected) {
        assertEquals(expected, ServeFromReadCache.acceptsJson(accept == null ? null : accept.trim()));
    }
}
