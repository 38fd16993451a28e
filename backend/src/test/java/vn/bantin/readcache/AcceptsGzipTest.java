package vn.bantin.readcache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptsGzipTest {
    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "gzip|true",
                "gzip, deflate, br|true",
                "br, GZIP|true",
                "x-gzip|true",
                "gzip;q=0.5|true",
                "gzip;q=0|false",
                "gzip; q=0|false",
                "gzip ; q=0.0|false",
                "br, gzip;q=0, deflate|false",
                "deflate, br|false",
                "identity|false",
                "gzip;q=abc|false",
                "NULL|false"
            })
    void readsTheCodingAndItsQuality(String acceptEncoding, boolean accepted) {
        assertEquals(accepted, CachedAnswer.acceptsGzip(acceptEncoding));
    }
}
