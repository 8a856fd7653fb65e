package org.caresettle.core.reference;

/** Whether an allocation (toewijzing) stands or was withdrawn. */
public enum AllocationStatus {
    ACTIVE,
    DELETED
}
