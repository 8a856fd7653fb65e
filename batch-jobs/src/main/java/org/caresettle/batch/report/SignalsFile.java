package org.caresettle.batch.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.caresettle.core.risk.RiskLevel;
import org.caresettle.core.signals.NotRated;
import org.caresettle.core.signals.Signal;
import org.caresettle.core.signals.SignalItem;
import org.caresettle.core.signals.SignalLimits;
import org.caresettle.core.signals.SignalMeasure;
import org.caresettle.core.signals.SignalRow;
import org.caresettle.core.value.Period;

/**
 * The columns of {@code signals.csv} and a {@link SignalRow} to and from its cells, so writer and reader
 * cannot disagree. After the words ({@code value}, {@code threshold}, {@code detail}, English, for a
 * spreadsheet's reader) come the same as numbers and codes: an absent number is an empty cell; units and
 * reason codes are lower case, as in the risk reports. {@code items} lists the detail's references as
 * {@code name:figure[:figure…]} separated by {@code "; "} (a {@code ;} or {@code \} in a name is escaped
 * with {@code \}); what the figures mean is in {@link SignalItem}.
 */
final class SignalsFile {

    static final String NAME = "signals.csv";
    static final List<String> COLUMNS = List.of("period", "provider_agb", "provider_name", "signal", "value",
            "threshold", "level", "detail", "count", "total", "share_bp", "count_before", "total_before",
            "share_before_bp", "change_bp", "watch_from", "alert_above", "threshold_unit", "rise_watch_from_bp",
            "rise_alert_above_bp", "minimum", "within_days", "not_rated", "items", "items_not_listed");

    private SignalsFile() {
    }

    static List<String> cells(Period period, String providerName, SignalRow row) {
        SignalMeasure m = row.measure();
        SignalLimits l = row.limits();
        return List.of(period.toString(), row.providerAgb(), providerName, row.signal().name(), row.value(),
                row.threshold(), row.level().name(), row.detail(), number(m.count()), number(m.total()),
                number(m.shareBp()), number(m.countBefore()), number(m.totalBefore()), number(m.shareBeforeBp()),
                number(m.changeBp()), Long.toString(l.watchFrom()), Long.toString(l.alertAbove()), code(l.unit()),
                number(l.riseWatchFromBp()), number(l.riseAlertAboveBp()), number(l.minimum()),
                number(l.withinDays()), row.notRated() == null ? "" : code(row.notRated()), items(row.items()),
                Long.toString(row.itemsNotListed()));
    }

    static SignalRow row(Function<String, String> cell) {
        Signal signal = Signal.valueOf(cell.apply("signal"));
        String notRated = cell.apply("not_rated");
        return new SignalRow(cell.apply("provider_agb"), signal, cell.apply("value"), cell.apply("threshold"),
                RiskLevel.valueOf(cell.apply("level")), cell.apply("detail"),
                new SignalMeasure(number(cell, "count"), number(cell, "total"), number(cell, "share_bp"),
                        number(cell, "count_before"), number(cell, "total_before"), number(cell, "share_before_bp"),
                        number(cell, "change_bp")),
                new SignalLimits(Long.parseLong(cell.apply("watch_from")), Long.parseLong(cell.apply("alert_above")),
                        SignalLimits.Unit.valueOf(cell.apply("threshold_unit").toUpperCase()),
                        number(cell, "rise_watch_from_bp"), number(cell, "rise_alert_above_bp"),
                        number(cell, "minimum"), number(cell, "within_days")),
                notRated.isEmpty() ? null : NotRated.valueOf(notRated.toUpperCase()),
                items(cell.apply("items"), SignalItem.figuresOf(signal)), Long.parseLong(cell.apply("items_not_listed")));
    }

    static String items(List<SignalItem> items) {
        List<String> written = new ArrayList<>();
        for (SignalItem item : items) {
            StringBuilder text = new StringBuilder(item.name().replace("\\", "\\\\").replace(";", "\\;"));
            item.figures().forEach(f -> text.append(':').append(f));
            written.add(text.toString());
        }
        return String.join("; ", written);
    }

    /** The figures are the last {@code figures} fields after a colon: a colon in a name stays in the name. */
    static List<SignalItem> items(String cell, int figures) {
        List<SignalItem> items = new ArrayList<>();
        if (cell.isEmpty()) {
            return items;
        }
        for (String item : unescapedSplit(cell)) {
            List<Long> values = new ArrayList<>();
            String name = item;
            for (int i = 0; i < figures; i++) {
                int colon = name.lastIndexOf(':');
                values.add(0, Long.parseLong(name.substring(colon + 1)));
                name = name.substring(0, colon);
            }
            items.add(new SignalItem(name, values));
        }
        return items;
    }

    /** Splits at every {@code ;} not escaped, drops the space after it and undoes the escapes. */
    private static List<String> unescapedSplit(String cell) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                part.append(cell.charAt(++i));
            } else if (c == ';') {
                parts.add(part.toString());
                part.setLength(0);
                if (i + 1 < cell.length() && cell.charAt(i + 1) == ' ') {
                    i++;
                }
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static String number(Long value) {
        return value == null ? "" : value.toString();
    }

    private static Long number(Function<String, String> cell, String column) {
        String text = cell.apply(column);
        return text.isEmpty() ? null : Long.valueOf(text);
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase();
    }
}
