package org.caresettle.core.explain;

import java.util.Objects;

/** One component of a line's difference, in cents. */
public record Effect(Component component, long cents) {

    public Effect {
        Objects.requireNonNull(component, "component");
    }
}
