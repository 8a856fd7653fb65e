package org.caresettle.batch.report;

import java.util.List;

/** The municipalities of one region, by municipality code: one section of the overview. */
record RegionReport(String regionCode, List<MunicipalityReport> municipalities) {
}
