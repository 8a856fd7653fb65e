package org.caresettle.core.reference;

import org.caresettle.core.value.MunicipalityCode;

/** A row of {@code municipalities.csv}: every municipality is in exactly one region. */
public record Municipality(MunicipalityCode code, String name, String regionCode) {
}
