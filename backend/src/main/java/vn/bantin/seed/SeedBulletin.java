package vn.bantin.seed;

import java.time.OffsetDateTime;
import java.util.List;

/** The structured reading of the committee's sample bulletin, as {@code seed/bulletin-2024-07-10.json} has it. */
record SeedBulletin(
        Named category,
        String title,
        OffsetDateTime publishedAt,
        long viewCount,
        Named author,
        List<String> paragraphs) {
    record Named(String name) {}
}
