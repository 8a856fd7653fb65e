package org.caresettle.batch.message.csv;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.caresettle.core.check.ReturnCode;

/**
 * The Dutch description of every return code, from {@code i18n/returncodes.properties}: the same texts
 * the console shows beside a code, so a provider's answer and the region's pages never disagree. Read
 * once; a code without a text is a build error caught by the tests, not an empty cell.
 */
public final class ReturnCodeDescriptions {

    private static final Map<ReturnCode, String> DUTCH = load();

    private ReturnCodeDescriptions() {
    }

    public static String of(ReturnCode code) {
        return DUTCH.get(code);
    }

    /** The descriptions of {@code codes} in their order, joined as the codes are ({@code |}). */
    public static String joined(List<ReturnCode> codes) {
        return String.join("|", codes.stream().map(ReturnCodeDescriptions::of).toList());
    }

    private static Map<ReturnCode, String> load() {
        // Locale.ROOT and no fallback: the base bundle (Dutch) whatever the JVM's own language is.
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/returncodes", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<ReturnCode, String> descriptions = new EnumMap<>(ReturnCode.class);
        for (ReturnCode code : ReturnCode.values()) {
            descriptions.put(code, bundle.getString("returncode." + code.code()));
        }
        return descriptions;
    }
}
