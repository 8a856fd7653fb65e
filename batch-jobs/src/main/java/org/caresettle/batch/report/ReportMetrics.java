package org.caresettle.batch.report;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.caresettle.core.risk.RiskLevel;
import org.caresettle.core.risk.RiskRow;
import org.caresettle.core.value.Period;
import org.springframework.stereotype.Component;

/**
 * The risk reports' figures as metrics (issue 15):
 * <ul>
 * <li>{@code settlement.risk.indicators{period,level}}: the indicator rows of a period's latest risk
 * reports at each level (OK, WATCH, ALERT), over all its municipalities; set when the period is reported;</li>
 * <li>{@code settlement.risk.rejection.rate.alert.ratio}: the rejection rate above which the risk report
 * rates a provider ALERT ({@code settlement.risk.rejection-rate.alert-above-bp} / 10000), so that an
 * alert rule on {@code settlement_ingest_provider_lines_total} uses the engine's own threshold.</li>
 * </ul>
 */
@Component
class ReportMetrics {

    static final String INDICATORS = "settlement.risk.indicators";
    static final String REJECTION_ALERT = "settlement.risk.rejection.rate.alert.ratio";

    private final MeterRegistry registry;
    private final Map<String, AtomicLong> indicators = new ConcurrentHashMap<>();

    ReportMetrics(MeterRegistry registry, RiskThresholdProperties thresholds) {
        this.registry = registry;
        Gauge.builder(REJECTION_ALERT, thresholds, t -> t.getRejectionRate().getAlertAboveBp() / 10_000.0)
                .description("The rejection rate above which the risk report rates a provider ALERT")
                .register(registry);
    }

    void reported(Period period, List<RegionReport> regions) {
        Map<RiskLevel, Long> counts = new EnumMap<>(RiskLevel.class);
        for (RiskLevel level : RiskLevel.values()) {
            counts.put(level, 0L);
        }
        regions.stream().flatMap(region -> region.municipalities().stream())
                .flatMap(municipality -> municipality.risk().rows().stream()).map(RiskRow::level)
                .forEach(level -> counts.merge(level, 1L, Long::sum));
        counts.forEach((level, count) -> gauge(period, level).set(count));
    }

    private AtomicLong gauge(Period period, RiskLevel level) {
        return indicators.computeIfAbsent(period + " " + level, key -> {
            AtomicLong count = new AtomicLong();
            Gauge.builder(INDICATORS, count, AtomicLong::get)
                    .description("Indicator rows of the period's latest risk reports at this level")
                    .tag("period", period.toString())
                    .tag("level", level.name())
                    .register(registry);
            return count;
        });
    }
}
