package org.caresettle.batch.ingest;

/**
 * An inbox file as a part of a partitioned ingest hands it out: with its place in processing order,
 * and, when it left the inbox or changed since the plan listed it, why ({@code vanished}, else
 * null); {@code file} is then the file as the plan saw it.
 */
record QueuedFile(InboxFile file, long processingOrder, String vanished) {
}
