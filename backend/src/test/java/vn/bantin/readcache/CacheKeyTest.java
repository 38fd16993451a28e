package vn.bantin.readcache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class CacheKeyTest {
    @Test
    void orderOfParametersAndThrowAwayOnesDoNotMatter() {
        assertEquals(
                CacheKey.of("/api/v1/articles", "size=20&category=x"),
                CacheKey.of("/api/v1/articles", "category=x&utm_source=y&size=20&"));
        assertEquals("/api/v1/articles?category=x&size=20", CacheKey.of("/api/v1/articles", "size=20&category=x"));
    }

    @Test
    void whatTheEndpointReadsKeepsEntriesApart() {
        assertNotEquals(
                CacheKey.of("/api/v1/articles", "q=a&q=b"),
                CacheKey.of("/api/v1/articles", "q=b&q=a"),
                "the first of repeated parameters wins, so their order matters");
        assertNotEquals(CacheKey.of("/api/v1/articles", "page=1"), CacheKey.of("/api/v1/articles", "page=2"));
        assertEquals("/api/v1/categories", CacheKey.of("/api/v1/categories", "size=5"), "categories read none");
        assertEquals("/api/v1/articles/x/related?limit=3", CacheKey.of("/api/v1/articles/x/related", "limit=3&page=9"));
    }
}
