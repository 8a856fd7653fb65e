package org.caresettle.core.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.caresettle.core.value.AgbCode;

/**
 * SPEC 11 providers with a high rejection rate: rejected / received lines per provider for the
 * municipality in P. One row for all providers (a national report would otherwise run to hundreds of
 * rows): the value is the number of providers at WATCH or worse, the level the worst of them, the detail
 * lists them, highest rate first, ties by AGB code. Providers with fewer received lines than the
 * configured minimum are not rated, so that one rejected line out of two does not raise an alarm where
 * a region chooses so.
 */
public final class ProviderRejectionRate {

    private ProviderRejectionRate() {
    }

    private record Rated(AgbCode provider, Ratio rate, ProviderLines lines) {
    }

    public static RiskRow row(List<ProviderLines> providers, Band band, long minLines) {
        List<Rated> flagged = new ArrayList<>();
        Set<AgbCode> seen = new HashSet<>();
        RiskLevel worst = RiskLevel.OK;
        int rated = 0;
        for (ProviderLines lines : providers) {
            if (!seen.add(lines.provider())) {
                throw new IllegalArgumentException("provider " + lines.provider() + " given twice; sum per provider");
            }
            if (lines.receivedLines() < minLines || lines.receivedLines() == 0) {
                continue;
            }
            rated++;
            Ratio rate = Ratio.of(lines.rejectedLines(), lines.receivedLines());
            RiskLevel level = band.level(rate);
            if (level != RiskLevel.OK) {
                flagged.add(new Rated(lines.provider(), rate, lines));
                worst = worst.worst(level);
            }
        }
        flagged.sort(Comparator.comparing(Rated::rate).reversed().thenComparing(Rated::provider));
        String detail = flagged.size() + " of " + rated + " providers rated";
        if (!flagged.isEmpty()) {
            detail += ": " + RiskFormat.list(flagged.stream()
                    .map(r -> r.provider() + " " + RiskFormat.percent(r.rate()) + " (" + r.lines().rejectedLines()
                            + " of " + r.lines().receivedLines() + ")")
                    .toList());
        }
        RiskThreshold threshold = new RiskThreshold(band, RiskUnit.PERCENT, "of lines rejected, per provider"
                + (minLines > 1 ? " from " + minLines + " lines" : ""));
        return new RiskRow(RiskIndicator.PROVIDER_REJECTION_RATE, null, RiskFigure.count(flagged.size()), threshold,
                worst, detail);
    }
}
