package org.caresettle.batch.console;

import java.time.LocalDateTime;
import java.util.List;
import java.util.SortedMap;
import org.caresettle.batch.inquiry.PeriodSummary;
import org.caresettle.batch.inquiry.SettlementInquiry;
import org.caresettle.batch.inquiry.VersionSummary;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/periods}: the settled periods with their versions and invoice totals in cents; a
 * municipality user gets their own municipalities' totals only, the operator none.
 */
@RestController
class PeriodsApiController {

    private final SettlementInquiry inquiry;

    PeriodsApiController(SettlementInquiry inquiry) {
        this.inquiry = inquiry;
    }

    record VersionJson(int version, String status, LocalDateTime createdAt, Long runId, String requestedBy,
            String reason, SortedMap<String, Long> invoiceTotalCents, Long regionTotalCents) {
    }

    record PeriodJson(String period, int latestVersion, String latestStatus, List<VersionJson> versions) {
    }

    @GetMapping("/api/periods")
    List<PeriodJson> periods(@AuthenticationPrincipal SignedInUser user) {
        Viewer viewer = Viewers.of(user);
        Forbidden.unless(viewer.mayReadPeriods(), "periods");
        return inquiry.periods().stream().map(period -> json(viewer, period)).toList();
    }

    private static PeriodJson json(Viewer viewer, PeriodSummary period) {
        List<VersionJson> versions = period.versions().stream().map(version -> json(viewer, version)).toList();
        return new PeriodJson(period.period().toString(), period.latest().number(), period.latest().status(), versions);
    }

    private static VersionJson json(Viewer viewer, VersionSummary version) {
        return new VersionJson(version.number(), version.status(), version.createdAt(), version.runId(),
                version.requestedBy(), version.reason(), VisibleTotals.of(viewer, version.invoiceTotals()),
                VisibleTotals.regionTotal(viewer, version.invoiceTotals()));
    }
}
