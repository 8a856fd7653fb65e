package org.caresettle.batch.message.xml;

/**
 * A file that is not a readable JW323/WMO323 message (not XML, a DOCTYPE, truncated, unknown root,
 * too big). It gets no answer message; the reason goes to files.csv. The reason never quotes
 * content of the file beyond element names and positions.
 */
public record Refused(String reason) implements ReadResult, StreamResult {
}
