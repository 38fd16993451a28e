package vn.bantin.readcache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import vn.bantin.common.BantinConfig;

/**
 * The serialised bytes of public answers, kept so that a repeated GET costs a map lookup and a socket write: no
 * SQL, no JSON, no hashing. Entries are thrown away
 * <ul>
 *   <li>all at once, whenever content changes (an article, category, author or tag is written: see
 *   {@link ContentChanges}); a bulletin is read thousands of times for each edit, so one edit costing every
 *   entry is cheap, and it cannot miss one of the many lists an article appears in;</li>
 *   <li>at the next scheduled publication or expiry of any article ({@link VisibilitySchedule});</li>
 *   <li>after {@code bantin.read-cache.freshness} at the latest, which bounds how far view counts in public
 *   answers lag (views are not content changes: they pour in); the first request after it computes the next
 *   answer while the others are still served the old one, for {@code stale-while-revalidate} at most;</li>
 *   <li>by size: at most {@code bantin.read-cache.max-bytes}, evicting what is least likely to be asked again
 *   (Caffeine's W-TinyLFU).</li>
 * </ul>
 * A generation number guards against an answer read from the database before a change being stored after it.
 */
@ApplicationScoped
public class ReadCache {
    private final boolean enabled;
    private final long freshnessMillis;
    private final long staleMillis;
    private final Cache<String, CachedAnswer> answers;
    private final AtomicLong generation = new AtomicLong();
    private final VisibilitySchedule schedule;
    private final Clock clock;

    ReadCache(BantinConfig config, VisibilitySchedule schedule, Clock clock) {
        this.clock = clock;
        this.enabled = config.readCache().enabled();
        this.freshnessMillis = config.readCache().freshness().toMillis();
        this.staleMillis = config.readCache().staleWhileRevalidate().toMillis();
        this.schedule = schedule;
        this.answers = Caffeine.newBuilder()
                .maximumWeight(config.readCache().maxBytes())
                .weigher((String key, CachedAnswer answer) -> answer.weight(key))
                .expireAfter(new Expiry<String, CachedAnswer>() {
                    @Override
                    public long expireAfterCreate(String key, CachedAnswer answer, long currentTime) {
                        return Math.max(0, answer.staleUntilNanos() - System.nanoTime());
                    }

                    @Override
                    public long expireAfterUpdate(
                            String key, CachedAnswer answer, long currentTime, long currentDuration) {
                        return expireAfterCreate(key, answer, currentTime);
                    }

                    @Override
                    public long expireAfterRead(
                            String key, CachedAnswer answer, long currentTime, long currentDuration) {
                        return currentDuration;
                    }
                })
                .build();
    }

    boolean enabled() {
        return enabled;
    }

    long generation() {
        return generation.get();
    }

    /**
     * The answer for the key if it is fresh, or past its freshness but not its stale time and some other request
     * is already computing the next one; null when this request is to compute it.
     */
    CachedAnswer lookup(String key) {
        CachedAnswer answer = answers.getIfPresent(key);
        if (answer == null) {
            return null;
        }
        if (clock.millis() >= answer.scheduledChangeMillis()) {
            answers.invalidate(key);
            return null;
        }
        long now = System.nanoTime();
        if (answer.expiresAtNanos() - now > 0) {
            return answer;
        }
        return answer.staleUntilNanos() - now > 0 && !answer.claimRefresh() ? answer : null;
    }

    /**
     * Keeps an answer that was computed for {@code key} by a request that began at {@code generationAtStart};
     * dropped if content changed meanwhile, since the answer may predate the change.
     */
    public void store(
            String key,
            long generationAtStart,
            byte[] body,
            String etag,
            List<Map.Entry<CharSequence, CharSequence>> headers) {
        long nanoNow = System.nanoTime();
        long now = clock.millis();
        long scheduledChange = schedule.nextChangeMillis(generationAtStart, now);
        long untilScheduleMillis = scheduledChange - now;
        long lifeMillis = Math.min(freshnessMillis, untilScheduleMillis);
        if (lifeMillis <= 0 || generation.get() != generationAtStart) {
            return;
        }
        long staleLifeMillis = Math.min(freshnessMillis + staleMillis, untilScheduleMillis);
        answers.put(
                key,
                CachedAnswer.of(
                        body,
                        etag,
                        headers,
                        nanoNow + TimeUnit.MILLISECONDS.toNanos(lifeMillis),
                        nanoNow + TimeUnit.MILLISECONDS.toNanos(staleLifeMillis),
                        scheduledChange));
        if (generation.get() != generationAtStart) {
            answers.invalidate(key);
        }
    }

    /** Content changed: nothing cached so far may be served again. */
    public void invalidateAll() {
        generation.incrementAndGet();
        answers.invalidateAll();
    }
}
