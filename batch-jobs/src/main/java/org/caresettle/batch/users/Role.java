package org.caresettle.batch.users;

/**
 * What a console user may do (issue 13). Checked on the server for every page, API call and
 * download, through {@code console.Viewer}; never only by hiding links.
 */
public enum Role {
    /** The region's finance office: everything of every municipality (and, later, reruns). */
    FINANCE,
    /** Finance staff of one or more named municipalities: only their own municipalities' figures. */
    MUNICIPALITY,
    /** Read-only everything, including whole versions, verify results and the audit trail. */
    AUDITOR,
    /** Runs, schedules, health and the audit trail; no client-level lines and no invoices. */
    OPERATOR,
    /**
     * The region's privacy officer (issue 16): answers a person's request to see what is recorded
     * about them (inzage). Nothing else: no amounts, no invoices, no runs.
     */
    PRIVACY
}
