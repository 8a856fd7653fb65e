package org.caresettle.batch.ingest;

/** An inbox file as a part of a partitioned ingest hands it out: with its place in processing order. */
record QueuedFile(InboxFile file, long processingOrder) {
}
