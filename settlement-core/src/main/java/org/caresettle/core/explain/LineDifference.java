package org.caresettle.core.explain;

import java.util.List;
import java.util.Objects;
import org.caresettle.core.settlement.StatementLine;
import org.caresettle.core.settlement.StatementLineKey;

/**
 * One invoice line compared between two versions: {@code before} or {@code after} is {@code null}
 * when the line exists on one side only. The effects add up to the difference of the amounts; a
 * DIRECT line has a VOLUME and a TARIFF effect (either may be 0), other lines one effect.
 */
public record LineDifference(StatementLineKey key, StatementLine before, StatementLine after, List<Effect> effects) {

    public LineDifference {
        Objects.requireNonNull(key, "key");
        effects = List.copyOf(effects);
        if (before == null && after == null) {
            throw new IllegalArgumentException("a line difference needs at least one side: " + key);
        }
        long sum = 0;
        for (Effect effect : effects) {
            sum = Math.addExact(sum, effect.cents());
        }
        if (sum != Math.subtractExact(amount(after), amount(before))) {
            throw new IllegalArgumentException("effects " + effects + " do not add up to the difference of " + key);
        }
    }

    public long differenceCents() {
        return Math.subtractExact(amount(after), amount(before));
    }

    public long previousCents() {
        return amount(before);
    }

    public long newCents() {
        return amount(after);
    }

    /** Net volume before, 0 when the line did not exist or has no volume. */
    public long previousVolume() {
        return volume(before);
    }

    public long newVolume() {
        return volume(after);
    }

    public long effectCents(Component component) {
        return effects.stream().filter(e -> e.component() == component).mapToLong(Effect::cents).sum();
    }

    /** How much this line moved in all, counting effects that cancel: the second sort key. */
    long grossCents() {
        long gross = 0;
        for (Effect effect : effects) {
            gross = Math.addExact(gross, Math.absExact(effect.cents()));
        }
        return gross;
    }

    private static long amount(StatementLine line) {
        return line == null ? 0 : line.amountCents();
    }

    private static long volume(StatementLine line) {
        return line == null || line.volume() == null ? 0 : line.volume();
    }
}
