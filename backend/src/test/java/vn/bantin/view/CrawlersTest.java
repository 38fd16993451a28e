package vn.bantin.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrawlersTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Googlebot",
                "googlebot",
                "bingbot",
                "BINGBOT",
                "YandexBot",
                "Baiduspider",
                "facebookexternalhit/1.1",
                "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                "Mozilla/5.0 (compatible; bingbot/2.0)",
                "coccocbot-web/1.0",
                "Zalo link preview"
            })
    void knownCrawlersAreRecognisedBareOrFullInAnyCase(String agent) {
        assertTrue(Crawlers.isCrawler(agent), agent);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Safari/604.1 Zalo iOS",
                "curl/8.5.0",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/133.0",
                "Robotics dept browser"
            })
    void readersAreNot(String agent) {
        assertFalse(Crawlers.isCrawler(agent), agent);
    }
}
