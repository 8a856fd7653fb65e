package org.caresettle.batch.console;

import org.caresettle.batch.users.ConsoleUser;
import org.caresettle.batch.users.Role;
import org.caresettle.core.value.MunicipalityCode;

/**
 * What the signed-in user may see (issue 13), asked by every page, API call and download before
 * it reads anything: the one place the roles' rights are written down.
 * <ul>
 * <li>finance: everything of every municipality;</li>
 * <li>municipality: only their own municipalities' invoices, details, corrections, explanations,
 * risk reports and results (issue 16); region-wide figures only in aggregate; no provider payment
 * statements, provider landscape or fraud signals;</li>
 * <li>auditor: read-only everything, including whole versions and the audit trail;</li>
 * <li>operator: runs, schedules, health and the audit trail; no invoices, no client lines;</li>
 * <li>privacy: a person's records on request (inzage, issue 16) and nothing else of money or runs.</li>
 * </ul>
 */
public record Viewer(ConsoleUser user) {

    public String username() {
        return user.username();
    }

    public Role role() {
        return user.role();
    }

    /** Periods, versions and their states (no amounts): every role. */
    public boolean mayReadPeriods() {
        return true;
    }

    /** Amounts of the region as a whole and per municipality in aggregate: all but the operator. */
    public boolean mayReadRegionTotals() {
        return user.role() != Role.OPERATOR && user.role() != Role.PRIVACY;
    }

    /** A municipality's invoice, details, corrections, explanations and risk report. */
    public boolean mayReadMunicipality(MunicipalityCode municipality) {
        return switch (user.role()) {
            case FINANCE, AUDITOR -> true;
            case MUNICIPALITY -> user.municipalities().contains(municipality);
            case OPERATOR, PRIVACY -> false;
        };
    }

    /** Declaration lines of clients (pseudonyms) behind a municipality's invoice: as its invoice. */
    public boolean mayReadClientLines(MunicipalityCode municipality) {
        return mayReadMunicipality(municipality);
    }

    /** Provider payment statements (they hold several municipalities' money) and provider pages. */
    public boolean mayReadProviderStatements() {
        return user.role() == Role.FINANCE || user.role() == Role.AUDITOR;
    }

    /** A whole version as one zip with its manifest. */
    public boolean mayDownloadWholeVersion() {
        return user.role() == Role.FINANCE || user.role() == Role.AUDITOR;
    }

    /** The history of runs and the night in progress. */
    public boolean mayReadRuns() {
        return user.role() == Role.FINANCE || user.role() == Role.AUDITOR || user.role() == Role.OPERATOR;
    }

    /** The audit trail: who did what. */
    public boolean mayReadAuditTrail() {
        return user.role() == Role.AUDITOR || user.role() == Role.OPERATOR;
    }

    /**
     * Rerun requests and their decisions (issue 14): who asked, why, their state. Finance and the
     * auditor, and the operator, who runs the nights they wait beside, as the period page: without
     * amounts ({@link #mayReadRegionTotals()}). Not municipality users: a rerun moves the whole region.
     */
    public boolean mayReadReruns() {
        return user.role() != Role.MUNICIPALITY;
    }

    /** Asking for a rerun and approving or rejecting another user's request: finance only. */
    public boolean mayRequestReruns() {
        return user.role() == Role.FINANCE;
    }

    /** Pooling-key what-ifs (issue 14): amounts of every municipality, so finance and the auditor. */
    public boolean mayReadWhatIfs() {
        return user.role() == Role.FINANCE || user.role() == Role.AUDITOR;
    }

    /** Running a what-if with a proposed key: finance only (it takes the run lock like a settle). */
    public boolean mayRunWhatIfs() {
        return user.role() == Role.FINANCE;
    }

    /** The results page (issue 16): finance and the auditor every row, a municipality user their own rows. */
    public boolean mayReadResults() {
        return mayReadRegionResults() || user.role() == Role.MUNICIPALITY;
    }

    /**
     * Results per provider and product (issue 16) of a region as a whole, and the region's provider
     * landscape: finance and the auditor. Per provider they show what the region's municipalities together
     * paid, which a municipality user does not see (the provider statements hold the same); a
     * municipality's own rows go with its invoice ({@link #mayReadMunicipality}).
     */
    public boolean mayReadRegionResults() {
        return user.role() == Role.FINANCE || user.role() == Role.AUDITOR;
    }

    /** The fraud signals per provider (issue 16 item 3): the region controllers' tool, finance and the auditor. */
    public boolean mayReadSignals() {
        return user.role() == Role.FINANCE || user.role() == Role.AUDITOR;
    }

    /** A person's records by their BSN (inzage, AVG article 15): the privacy officer only. */
    public boolean mayAnswerInzage() {
        return user.role() == Role.PRIVACY;
    }
}
