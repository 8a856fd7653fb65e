package org.caresettle.core.check;

import java.time.LocalDate;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;

/**
 * The header of a declaration that passed the technical checks. The declaration period is one
 * calendar month by then (CS340), so it is a {@link Period}. {@code signedTotalCents} is the
 * submitted total with the sign of {@code total_dc}.
 */
public record DeclarationHeader(
        String messageId,
        LocalDate messageDate,
        AgbCode provider,
        MunicipalityCode municipality,
        Law law,
        String declarationNumber,
        Period period,
        LocalDate declarationDate,
        long signedTotalCents) {
}
