package org.caresettle.batch.settle;

import java.nio.file.Path;
import org.caresettle.core.value.Period;

/**
 * What follows the publication of a version (issue 15), wherever it is published: {@code settle} by hand,
 * in a {@code nightly} or on the approval of a rerun request. {@link SettleRunner} calls every listener,
 * in their {@code @Order}, after the version's folder came into view; the risk reports are refreshed so
 * they never lag behind the statements, then the Excel exports are written. Declared here and implemented
 * by the use cases that follow, so settle knows nothing of them (no package cycle).
 */
public interface VersionPublishedListener {

    /** Does the follow-up work for version {@code version} of {@code period}; returns a line for the log. */
    String published(Path out, Period period, int version) throws Exception;

    /** What it writes, in a word, for the log line that times it ("reports", "workbooks"). */
    String what();
}
