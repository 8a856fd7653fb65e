package org.caresettle.core.reference;

import org.caresettle.core.value.AgbCode;

/** A row of {@code providers.csv}. */
public record Provider(AgbCode agbCode, String name) {
}
