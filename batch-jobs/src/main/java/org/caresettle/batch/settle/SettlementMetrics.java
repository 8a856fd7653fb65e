package org.caresettle.batch.settle;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.caresettle.core.value.Period;
import org.springframework.stereotype.Component;

/**
 * The business figure of a settle (issue 15): {@code settlement.settled.cents{period,version}}, the
 * amount a published version settled (the sum of its invoice TOTALs, as {@code verify} re-adds it), in
 * cents. One series per version, so a rerun shows beside the version it replaced. Set when a version is
 * published, and for every stored version when {@code serve} starts ({@link #restore}).
 */
@Component
public class SettlementMetrics {

    public static final String SETTLED = "settlement.settled.cents";

    private final MeterRegistry registry;
    private final SettlementVersionRepository versions;
    private final Map<String, AtomicLong> settled = new ConcurrentHashMap<>();

    SettlementMetrics(MeterRegistry registry, SettlementVersionRepository versions) {
        this.registry = registry;
        this.versions = versions;
    }

    void published(Period period, int version, long settledCents) {
        gauge(period.toString(), version).set(settledCents);
    }

    /** Every stored version's amount, read from the database. */
    public void restore() {
        versions.settledAmounts().forEach(amount -> gauge(amount.period(), amount.version()).set(amount.cents()));
    }

    private AtomicLong gauge(String period, int version) {
        return settled.computeIfAbsent(period + " v" + version, key -> {
            AtomicLong cents = new AtomicLong();
            Gauge.builder(SETTLED, cents, AtomicLong::get)
                    .description("The amount a published version settled (sum of its invoice TOTALs), in cents")
                    .tag("period", period)
                    .tag("version", Integer.toString(version))
                    .register(registry);
            return cents;
        });
    }
}
