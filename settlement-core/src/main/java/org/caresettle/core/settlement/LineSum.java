package org.caresettle.core.settlement;

/** A statement line's sums while it is being added up. */
final class LineSum {

    private long lineCount;
    private long volume;
    private boolean hasVolume;
    private long withheldCents;
    private long amountCents;

    void add(long lines, Long volumeOrNull, long withheld, long amount) {
        lineCount = Math.addExact(lineCount, lines);
        if (volumeOrNull != null) {
            hasVolume = true;
            volume = Math.addExact(volume, volumeOrNull);
        }
        withheldCents = Math.addExact(withheldCents, withheld);
        amountCents = Math.addExact(amountCents, amount);
    }

    StatementLine toLine(StatementLineKey key) {
        return new StatementLine(key, lineCount, hasVolume ? volume : null, withheldCents, amountCents);
    }
}
