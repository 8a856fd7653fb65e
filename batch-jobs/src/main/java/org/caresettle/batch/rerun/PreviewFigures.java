package org.caresettle.batch.rerun;

import java.util.List;
import org.caresettle.core.settlement.Correction;

/**
 * What a rerun's preview would change, read from its folder: per municipality the invoice total of
 * the published version, of the preview and the difference; and every corrected invoice line.
 */
public record PreviewFigures(List<MunicipalityTotal> totals, List<Correction> corrections) {

    public PreviewFigures {
        totals = List.copyOf(totals);
        corrections = List.copyOf(corrections);
    }

    /** One municipality's invoice total before (the published version) and after (the preview). */
    public record MunicipalityTotal(String municipality, long publishedCents, long previewCents) {

        public long differenceCents() {
            return previewCents - publishedCents;
        }
    }

    /** The sum of the differences: what the rerun moves in all (the corrections' net amount). */
    public long differenceCents() {
        return totals.stream().mapToLong(MunicipalityTotal::differenceCents).reduce(0, Math::addExact);
    }
}
