package org.caresettle.core.reference;

import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Share;

/** A row of {@code pooling_keys.csv}: one municipality's share of its region's pool in a year. */
public record PoolingKeyShare(String regionCode, int year, MunicipalityCode municipality, Share share) {
}
