package org.caresettle.batch.settle;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.caresettle.batch.exit.RefusedException;
import org.caresettle.batch.reference.ProposedPoolingKeys;
import org.caresettle.batch.reference.ReferenceDataRepository;
import org.caresettle.batch.run.CurrentRun;
import org.caresettle.core.reference.Municipality;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.settlement.PeriodSettlement;
import org.caresettle.core.settlement.Settlement;
import org.caresettle.core.settlement.SettlementRefusedException;
import org.caresettle.core.settlement.SettlementRequest;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The work of one worker step: settle one part of a period (its regions) from the database alone,
 * writing nothing. Only the lines booked on the part's municipalities are read, so the parts of a
 * period together read each line once.
 */
@Component
class RegionPartSettler {

    /** A settled part and the number of lines it read, which the merge checks against the fingerprint's count. */
    record SettledPart(Settlement settlement, long linesRead) {
    }

    private final ReferenceDataRepository references;
    private final ProposedPoolingKeys proposedKeys;
    private final AcceptedLineRepository lines;
    private final CurrentRun currentRun;
    private final Duration progressInterval;

    RegionPartSettler(ReferenceDataRepository references, ProposedPoolingKeys proposedKeys,
            AcceptedLineRepository lines, CurrentRun currentRun,
            @Value("${settlement.progress.interval:10s}") Duration progressInterval) {
        this.references = references;
        this.proposedKeys = proposedKeys;
        this.lines = lines;
        this.currentRun = currentRun;
        this.progressInterval = progressInterval;
    }

    /**
     * Settles the part; under the proposed pooling key of a what-if when {@code poolingKey} names one (issue 14; checked by the check step already, read again here
     * because a part may be settled in another process).
     */
    SettledPart settle(Period period, RegionPartition part, Path poolingKey) {
        ReferenceData reference = poolingKey == null ? references.withoutAllocations()
                : references.withoutAllocations().withPoolingKeys(proposedKeys.read(poolingKey));
        Set<MunicipalityCode> own = new HashSet<>();
        Set<MunicipalityCode> known = new HashSet<>();
        for (Municipality municipality : reference.municipalities()) {
            known.add(municipality.code());
            if (part.regions().contains(municipality.regionCode())) {
                own.add(municipality.code());
            }
        }
        AcceptedLineRepository.LineScope scope = new AcceptedLineRepository.LineScope(own,
                part.unplaced() ? Optional.of(known) : Optional.empty());
        try (SettleProgress progress = new SettleProgress(period, part.expectedLines(), currentRun.err(),
                progressInterval)) {
            currentRun.stepLines("settle", period.toString(), progress::linesRead, part.expectedLines());
            Settlement settlement = lines.withLinesUpTo(period, scope, accepted -> PeriodSettlement.settle(
                    SettlementRequest.part(period, part.version(), reference, progress.counting(accepted), part.regions())));
            return new SettledPart(settlement, progress.linesRead());
        } catch (SettlementRefusedException e) {
            throw new RefusedException("period " + period + " not settled: " + e.getMessage());
        }
    }
}
