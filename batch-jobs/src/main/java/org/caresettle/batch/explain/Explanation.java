package org.caresettle.batch.explain;

import java.nio.file.Path;
import java.util.Optional;
import org.caresettle.core.value.MunicipalityCode;

/**
 * Everything {@code explain} prints: the invoice explained, and its comparison with the previous
 * period's latest version (empty when that period was never settled) and with the previous version
 * of its own period (empty for a version 1). Asked {@code --against} another period or version, the
 * two comparisons are with those instead; the names keep the defaults' wording. {@code invoiceFile} is relative to {@code --out};
 * {@code invoiceFileFound} says whether it is there (it is not when {@code --out} names another folder).
 */
public record Explanation(MunicipalityCode municipality, Optional<String> name, VersionRef current, Path invoiceFile,
        boolean invoiceFileFound, Optional<Comparison> againstPreviousPeriod, Optional<Comparison> againstPreviousVersion) {

    public boolean addsUp() {
        return againstPreviousPeriod.map(c -> c.difference().addsUp()).orElse(true)
                && againstPreviousVersion.map(c -> c.difference().addsUp()).orElse(true);
    }
}
