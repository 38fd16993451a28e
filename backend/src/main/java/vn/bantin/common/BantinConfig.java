package vn.bantin.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "bantin")
public interface BantinConfig {

    /** Where the embedded database and other files live. */
    @WithDefault("./data")
    String dataDir();

    Cache cache();

    DemoData demoData();

    Views views();

    ReadCache readCache();

    ReaderSite readerSite();

    Auth auth();

    Media media();

    Search search();

    Import importing();

    /** This process's name, new at every start unless BANTIN_INSTANCE_ID names it ({@link InstanceIdConfigSource}). */
    String instanceId();

    /** Proxies whose X-Forwarded-For names the client (BANTIN_TRUSTED_PROXIES: addresses or CIDR ranges). */
    java.util.Optional<java.util.List<String>> trustedProxies();

    interface Cache {
        /**
         * How long a browser, CDN or proxy may reuse a public answer without asking again. 5 s here plus at most
         * 5 s in the read cache keeps view counts within the contract's 10 s, even behind a CDN.
         */
        @WithDefault("5")
        int maxAgeSeconds();

        /** How long a cache may serve a stale answer while it revalidates in the background. */
        @WithDefault("30")
        int staleWhileRevalidateSeconds();
    }

    interface DemoData {
        /** Generate invented bulletins on start: for tests, browser tests and benchmarks only. */
        @WithDefault("false")
        boolean enabled();

        @WithDefault("3000")
        int articles();

        /** Same seed, same bulletins. */
        @WithDefault("20240710")
        long seed();
    }

    interface Views {
        /**
         * {@code group-commit}: one writer commits the views of many requests at once. {@code per-request}: one
         * transaction per view, the naive baseline that the benchmark compares against; never for production.
         */
        @WithDefault("group-commit")
        String mode();

        /** Views waiting for the writer at most; beyond it a view is answered 503 with Retry-After. */
        @WithDefault("20000")
        int queueCapacity();

        /**
         * How long the writer waits for more views to join a commit, in microseconds. 300 µs measured best on the
         * 2-core benchmark machine (see bench/README.md); 0 commits as soon as a view arrives.
         */
        @WithDefault("300")
        int lingerMicros();

        /** Views committed in one transaction at most. */
        @WithDefault("2000")
        int maxBatch();

        /**
         * How often the writer folds the pending views into the articles' counts, which lists sort by (V6). Exact
         * counts do not wait for it: they add the pending views.
         */
        @WithDefault("1s")
        java.time.Duration foldInterval();

        /** Visitor-and-article pairs remembered to skip repeats; the oldest are forgotten first. */
        @WithDefault("200000")
        int repeatMemory();

        /** A repeat from the same visitor for the same article within this many minutes is not counted. */
        @WithDefault("30")
        int repeatWindowMinutes();

        /**
         * Views of one article from one client address counted within the repeat window at most
         * (BANTIN_VIEWS_MAX_PER_ADDRESS); 0 = no limit, for load tests.
         */
        @WithDefault("20")
        int maxPerAddress();

        /** Address-and-article pairs tracked for that limit at most (about 100 bytes each). */
        @WithDefault("200000")
        int addressMemory();
    }

    interface ReadCache {
        /** Serve repeated public GETs from memory (see vn.bantin.readcache.ReadCache). */
        @WithDefault("true")
        boolean enabled();

        /** Memory for cached answers at most, in bytes (64 MiB: some 3,500 list pages of 14 KB with their gzip). */
        @WithDefault("67108864")
        long maxBytes();

        /**
         * How long an answer is served from memory at most. Content changes empty the cache at once; this bounds
         * only how far view counts in public answers lag the truth (the contract allows 10 s).
         */
        @WithDefault("5S")
        java.time.Duration freshness();

        /**
         * After its freshness an answer is served this much longer while one request computes its successor, so
         * that a popular answer going stale does not send every client to the database at once (64 clients on one
         * list gave it a p99 of 100 ms against nginx's 7). Never after a content change or across a scheduled
         * publication or expiry, which end an answer outright. With the freshness, within the contract's 10 s.
         */
        @WithDefault("4S")
        java.time.Duration staleWhileRevalidate();
    }

    interface ReaderSite {
        /** The built reader SPA to serve beside the API; nothing is served if it holds no index.html. */
        @WithDefault("frontend/dist")
        String dir();

        /**
         * Where readers reach the site (BANTIN_SITE_URL), without a trailing slash: the absolute links of the feed,
         * the sitemap and robots.txt.
         */
        @WithDefault("http://localhost:8080")
        String url();

        /** The site's name, the feed's title (BANTIN_SITE_NAME). */
        @WithDefault("Bản tin Quận ủy")
        String name();
    }

    interface Auth {
        /**
         * How long an access token is accepted. A stolen one is of use this long at most; the editor's client
         * renews it with its refresh token without asking for the password (see docs/editorial.md).
         */
        @WithDefault("15M")
        java.time.Duration accessTokenLifetime();

        /** How long one sign-in lasts through refreshes: a working day and then some, never longer. */
        @WithDefault("24H")
        java.time.Duration sessionLifetime();

        /** PKCS#8 PEM file of the RSA key that signs tokens; generated (owner-only) if neither key file exists. */
        String privateKey();

        /** X.509 PEM file of the matching public key, which every instance of the site verifies tokens with. */
        String publicKey();

        /** Failed sign-ins for one username within {@link #lockout()} before it is refused with 429. */
        @WithDefault("5")
        int maxFailures();

        @WithDefault("15M")
        java.time.Duration lockout();

        /** The first ADMIN, created when no account exists (BANTIN_ADMIN_USERNAME). */
        java.util.Optional<String> adminUsername();

        /** Its password (BANTIN_ADMIN_PASSWORD); without it a random one is printed once in the start banner. */
        java.util.Optional<String> adminPassword();

        /** Origins whose pages may call the editorial API from a browser (BANTIN_ADMIN_ORIGINS), besides its own. */
        java.util.Optional<java.util.List<String>> adminOrigins();

        /**
         * Sign-in attempts from one client address per minute at most, right or wrong (BANTIN_AUTH_MAX_PER_MINUTE);
         * 0 for no limit. Beside the per-username lock-out: this one stops one address trying many usernames.
         */
        @WithDefault("60")
        int maxPerMinute();
    }

    interface Search {
        /**
         * Searches running at once at most (BANTIN_SEARCH_MAX_CONCURRENT): a search may take a core for a while,
         * and reading bulletins must keep the rest. 6 uncached searches a second once filled both cores.
         */
        @WithDefault("2")
        int maxConcurrent();

        /** How long a search waits for its turn before it is answered 503 with Retry-After. */
        @WithDefault("2S")
        java.time.Duration maxWait();
    }

    interface Media {
        /** Uploads over this many bytes are refused with 413 (BANTIN_MEDIA_MAX_BYTES; 20 MB). */
        @WithDefault("20971520")
        long maxBytes();

        /** Images with more pixels are refused with 400 before decoding: decompression bombs (40 megapixels). */
        @WithDefault("40000000")
        long maxPixels();

        /** Memory for served media files at most (BANTIN_MEDIA_CACHE_BYTES; 64 MiB); the rest is read again. */
        @WithDefault("67108864")
        long cacheBytes();
    }

    interface Import {
        /**
         * Pages written side by side by an import (BANTIN_IMPORT_WORKERS). A page waits mostly on the database, so
         * one writer left the machine three-quarters idle; see bench/README.md for the figures by count.
         */
        @WithDefault("4")
        int workers();
    }
}
