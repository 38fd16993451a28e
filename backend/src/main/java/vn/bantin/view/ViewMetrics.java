package vn.bantin.view;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;

/**
 * What the view path tells an operator (at /q/metrics): views by outcome ({@code bantin_views_total{outcome}}:
 * counted, repeat, crawler, over-limit, unknown article, refused with 503), the batches committed and their sizes
 * ({@code bantin_view_batch_size}), and the depth of the queue waiting for the writer ({@code bantin_views_queue}).
 */
@ApplicationScoped
public class ViewMetrics {
    private final MeterRegistry registry;
    private final Counter counted;
    private final Counter repeat;
    private final Counter crawler;
    private final Counter overLimit;
    private final Counter unknown;
    private final Counter refused;
    private final DistributionSummary batches;

    @Inject
    ViewMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.counted = outcome("counted");
        this.repeat = outcome("repeat");
        this.crawler = outcome("crawler");
        this.overLimit = outcome("over-limit");
        this.unknown = outcome("unknown-article");
        this.refused = outcome("refused");
        this.batches = DistributionSummary.builder("bantin.view.batch.size")
                .description("Views committed in one transaction of the group commit")
                .register(registry);
    }

    /** For the view path built by hand in tests: counts into a registry nobody reads. */
    static ViewMetrics none() {
        return new ViewMetrics(new SimpleMeterRegistry());
    }

    private Counter outcome(String outcome) {
        return Counter.builder("bantin.views")
                .description("Views posted, by what became of them")
                .tag("outcome", outcome)
                .register(registry);
    }

    void watchQueue(Collection<?> queue) {
        registry.gauge("bantin.views.queue", queue, Collection::size);
    }

    void counted(long views) {
        counted.increment(views);
    }

    void repeat() {
        repeat.increment();
    }

    void crawler() {
        crawler.increment();
    }

    void overLimit() {
        overLimit.increment();
    }

    void unknown() {
        unknown.increment();
    }

    void refused() {
        refused.increment();
    }

    void batchCommitted(int views) {
        batches.record(views);
    }
}
