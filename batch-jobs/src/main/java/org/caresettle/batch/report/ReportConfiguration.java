package org.caresettle.batch.report;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Registers the {@code settlement.risk.*} thresholds; the report's beans are found by the component scan. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RiskThresholdProperties.class, SignalThresholdProperties.class})
public class ReportConfiguration {
}
