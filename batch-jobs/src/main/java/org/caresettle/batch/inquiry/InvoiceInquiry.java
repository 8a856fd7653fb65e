package org.caresettle.batch.inquiry;

import java.util.List;
import java.util.Optional;
import org.caresettle.batch.settle.SettlementVersionRepository;
import org.caresettle.core.settlement.StatementLine;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A municipality's invoice of a stored version, read from the statement lines stored with it. */
@Service
@Transactional(readOnly = true)
public class InvoiceInquiry {

    private final SettlementVersionRepository versions;
    private final SettlementQueries queries;
    private final ReferenceNamesRepository names;

    InvoiceInquiry(SettlementVersionRepository versions, SettlementQueries queries, ReferenceNamesRepository names) {
        this.versions = versions;
        this.queries = queries;
        this.names = names;
    }

    /** Empty when the period has no such version or the version no invoice for the municipality. */
    public Optional<InvoiceView> invoice(Period period, int version, MunicipalityCode municipality) {
        return versions.version(period, version).flatMap(stored -> {
            List<StatementLine> lines = versions.invoiceLines(stored.versionId(), municipality);
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            List<CorrectionRow> corrections = queries.corrections(period).stream()
                    .filter(c -> c.version() == version && c.municipality().equals(municipality.value()))
                    .toList();
            return Optional.of(new InvoiceView(period, version, municipality, lines, corrections, names.names()));
        });
    }
}
