package org.caresettle.batch.partition;

/** Where partitions run: {@code settlement.partitions.mode} is {@code local} (the default) or {@code remote}. */
public final class PartitionModes {

    public static final String PROPERTY = "settlement.partitions.mode";
    public static final String LOCAL = "local";
    public static final String REMOTE = "remote";

    private PartitionModes() {
    }
}
