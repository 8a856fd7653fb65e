package org.caresettle.batch.inzage;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.caresettle.batch.audit.AuditAction;
import org.caresettle.batch.audit.AuditTrail;
import org.caresettle.batch.privacy.ClientPseudonyms;
import org.caresettle.batch.privacy.PseudonymKeyGuard;
import org.caresettle.core.value.Bsn;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * A person's right to see what is recorded about them (issue 16 item 4, AVG article 15): the
 * {@code inzage} command and the console's inzage page both come here. The answer is one Dutch
 * document ({@link InzageDocument}); before it is handed out the request is written to the audit
 * trail with who asked, when, and the person's pseudonym (the keyed hash of the BSN that the
 * statements use), never the BSN. A refused request (not a valid BSN) is recorded too.
 */
@Service
public class Inzage {

    /** The audit trail's target of every inzage event. */
    public static final String AUDIT_TARGET = "inzage";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final PersonRecordsRepository records;
    private final ClientPseudonyms pseudonyms;
    private final PseudonymKeyGuard keyGuard;
    private final AuditTrail audit;
    private final InzageDocument document;
    private final Clock clock;

    Inzage(PersonRecordsRepository records, ClientPseudonyms pseudonyms, PseudonymKeyGuard keyGuard, AuditTrail audit,
            MessageSource messages, Clock clock) {
        this.records = records;
        this.pseudonyms = pseudonyms;
        this.keyGuard = keyGuard;
        this.audit = audit;
        this.clock = clock;
        this.document = new InzageDocument((key, arguments) -> messages.getMessage(key, arguments, key, DUTCH),
                code -> messages.getMessage("returncode." + code, null, "", DUTCH));
    }

    /** The answer: the document and what it holds. */
    public record Answer(String html, PersonRecords records) {
    }

    /**
     * Reads everything recorded about {@code bsn}, records the request as asked by {@code requestedBy}
     * (from {@code remoteAddress}, or null on the command line), and returns the document.
     */
    public Answer answer(Bsn bsn, String requestedBy, String remoteAddress) {
        keyGuard.requireSecretKeyInProduction();
        PersonRecords found = records.find(bsn, pseudonyms.of(bsn.value()));
        audit.record(requestedBy, AuditAction.INZAGE, AUDIT_TARGET, remoteAddress, "client " + found.pseudonym() + ": "
                + (found.isEmpty() ? "nothing recorded" : found.allocations().size() + " allocations, "
                        + found.lines().size() + " declaration lines, " + found.outcomes().size() + " outcomes"));
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        return new Answer(document.render(found, now), found);
    }

    /** Records a request refused because what was typed is not a valid BSN (it is not kept, not even hashed). */
    public void refused(String requestedBy, String remoteAddress) {
        audit.record(requestedBy, AuditAction.INZAGE, AUDIT_TARGET, remoteAddress, "refused: not a valid BSN");
    }
}
