package org.caresettle.batch.console;

import java.util.regex.Pattern;
import org.caresettle.core.results.Scope;
import org.caresettle.core.value.MunicipalityCode;

/**
 * Whose rows the results page shows ({@code ?scope=}): a region's own rows (its code) or one municipality's
 * (its four digits). Asked for, it is checked against the viewer before anything is read; a text that can
 * name neither is a 404.
 */
record ResultsScope(String region, String municipality) {

    private static final Pattern MUNICIPALITY = Pattern.compile("[0-9]{4}");
    private static final Pattern REGION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,59}");

    static ResultsScope asked(Viewer viewer, String text) {
        if (MUNICIPALITY.matcher(text).matches()) {
            Forbidden.unless(viewer.mayReadMunicipality(MunicipalityCode.of(text)), "results of municipality " + text);
            return new ResultsScope(null, text);
        }
        if (REGION.matcher(text).matches()) {
            Forbidden.unless(viewer.mayReadRegionResults(), "results of region " + text);
            return new ResultsScope(text, null);
        }
        throw new NotFound("notfound.scope", text);
    }

    boolean isRegion() {
        return municipality == null;
    }

    /** The value of {@code ?scope=}. */
    String value() {
        return isRegion() ? region : municipality;
    }

    boolean covers(Scope scope) {
        return isRegion() ? scope.isRegion() && scope.region().equals(region) : municipality.equals(scope.municipality());
    }
}
