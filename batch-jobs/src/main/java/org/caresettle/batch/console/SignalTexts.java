package org.caresettle.batch.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.caresettle.core.signals.Signal;
import org.caresettle.core.signals.SignalItem;
import org.caresettle.core.signals.SignalLimits;
import org.caresettle.core.signals.SignalMeasure;
import org.caresettle.core.signals.SignalRow;
import org.springframework.stereotype.Component;

/**
 * A signal's value, thresholds and detail in the reader's language, from the numbers and codes of
 * {@code signals.csv} (never from its English words): shares as {@code 46,81 %}, amounts as {@code € 1.234,56},
 * a reference named twice as {@code KO261000052 (2×)}. The sentences are in {@code i18n/pages*.properties}
 * under {@code signals.value.*}, {@code signals.threshold.*}, {@code signals.detail.*} and {@code signals.item.*}.
 */
@Component
class SignalTexts {

    private final PageTexts texts;

    SignalTexts(PageTexts texts) {
        this.texts = texts;
    }

    String value(SignalRow row, Locale locale) {
        SignalMeasure m = row.measure();
        return switch (row.signal()) {
            case REJECTION_RATE -> m.countBefore() == null ? part(m.count(), m.total(), m.shareBp(), locale)
                    : texts.text(locale, "signals.value.withBefore", part(m.count(), m.total(), m.shareBp(), locale),
                            part(m.countBefore(), m.totalBefore(), m.shareBeforeBp(), locale),
                            Shares.signedPoints(m.changeBp(), locale));
            case AT_VOLUME_CAP, ACHIEVED_SOON -> part(m.count(), m.total(), m.shareBp(), locale);
            case CREDIT_REDECLARED, CLIENT_MANY_PROVIDERS ->
                    texts.text(locale, "signals.value." + row.signal().name(), m.count());
            case COST_ABOVE_REGION_MEDIAN -> m.shareBp() == null ? ""
                    : texts.text(locale, "signals.value." + row.signal().name(), Shares.basisPoints(m.shareBp(), locale));
        };
    }

    String threshold(SignalRow row, Locale locale) {
        SignalLimits l = row.limits();
        return texts.text(locale, "signals.threshold." + row.signal().name(), limit(l.watchFrom(), l, locale),
                limit(l.alertAbove(), l, locale), count(l.minimum(), locale), count(l.withinDays(), locale),
                l.riseWatchFromBp() == null ? "" : Shares.signedPoints(l.riseWatchFromBp(), locale),
                l.riseAlertAboveBp() == null ? "" : Shares.signedPoints(l.riseAlertAboveBp(), locale));
    }

    String detail(SignalRow row, Locale locale) {
        if (row.notRated() != null) {
            return texts.text(locale, "signals.notRated." + row.notRated().name(), count(row.limits().minimum(), locale));
        }
        if (row.items().isEmpty()) {
            return "";
        }
        List<String> items = new ArrayList<>();
        row.items().forEach(item -> items.add(item(row.signal(), item, locale)));
        if (row.itemsNotListed() > 0) {
            items.add(texts.text(locale, "signals.more", count(row.itemsNotListed(), locale)));
        }
        return texts.text(locale, "signals.detail." + row.signal().name(), String.join(", ", items));
    }

    private String item(Signal signal, SignalItem item, Locale locale) {
        List<Long> f = item.figures();
        return switch (signal) {
            case REJECTION_RATE, AT_VOLUME_CAP, CREDIT_REDECLARED -> f.get(0) == 1 ? item.name()
                    : texts.text(locale, "signals.item.times", item.name(), count(f.get(0), locale));
            case COST_ABOVE_REGION_MEDIAN -> texts.text(locale, "signals.item." + signal.name(), item.name(),
                    Shares.basisPoints(f.get(0), locale), Amounts.euro(f.get(1)), Amounts.euro(f.get(2)));
            case ACHIEVED_SOON, CLIENT_MANY_PROVIDERS -> texts.text(locale, "signals.item." + signal.name(), item.name(),
                    f.get(0));
        };
    }

    /** {@code 22 van 47 (46,81 %)}; without the share when the signal was not rated. */
    private String part(Long count, Long total, Long shareBp, Locale locale) {
        String part = texts.text(locale, "signals.value.part", count(count, locale), count(total, locale));
        return shareBp == null ? part : part + " (" + Shares.basisPoints(shareBp, locale) + ")";
    }

    private static String limit(long value, SignalLimits limits, Locale locale) {
        return limits.unit() == SignalLimits.Unit.BASIS_POINTS ? Shares.basisPoints(value, locale) : count(value, locale);
    }

    private static String count(Long value, Locale locale) {
        return value == null ? "" : String.format(locale, "%,d", value);
    }
}
