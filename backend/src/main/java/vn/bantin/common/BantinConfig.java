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

    interface Cache {
        /** How long a browser, CDN or proxy may reuse a public answer without asking again. */
        @WithDefault("10")
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
}
