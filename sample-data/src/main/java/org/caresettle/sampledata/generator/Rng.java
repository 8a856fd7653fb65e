package org.caresettle.sampledata.generator;

/**
 * SplitMix64: a tiny generator whose output is fixed by its published algorithm, so a seed gives
 * the same data set on every JDK (java.util.Random would too, but SplitMix is faster and has no
 * synchronisation). Not for security.
 */
final class Rng {

    private long state;

    Rng(long seed) {
        this.state = seed;
    }

    /** An independent stream for one part of the data set, so parts do not shift each other. */
    static Rng stream(long seed, long part) {
        Rng mixer = new Rng(seed ^ (part * 0x632BE59BD9B4E019L));
        return new Rng(mixer.nextLong());
    }

    long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        return (int) (((nextLong() >>> 33) * bound) >>> 31);
    }

    /** Uniform in [low, high], both inclusive. */
    int between(int low, int high) {
        return low + nextInt(high - low + 1);
    }

    long betweenLong(long low, long high) {
        long span = high - low + 1;
        return low + Math.floorMod(nextLong(), span);
    }

    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    <T> T pick(java.util.List<T> items) {
        return items.get(nextInt(items.size()));
    }
}
