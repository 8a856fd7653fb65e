package org.caresettle.batch.audit;

/** What the audit trail records (issue 13): who did or tried what. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    /** A page or API answer that showed declaration lines of clients (pseudonyms). */
    VIEW_CLIENT_LINES,
    /** A statement file or a whole version taken out of the console. */
    DOWNLOAD,
    /** A page, API call or download refused to the signed-in user (403). */
    ACCESS_DENIED,
    /** A console user added, disabled or given a new password (from the command line). */
    USER_CHANGED,
    RERUN_REQUESTED,
    RERUN_APPROVED,
    RERUN_REJECTED,
    /** A pooling-key what-if run from the console (issue 14 item 3): the key's file name and SHA-256. */
    WHATIF_RUN,
    /**
     * A person's records asked for (inzage, issue 16): who asked and a keyed hash of the BSN (the
     * person's pseudonym), never the BSN.
     */
    INZAGE
}
