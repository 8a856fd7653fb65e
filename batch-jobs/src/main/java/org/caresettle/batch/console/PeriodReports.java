package org.caresettle.batch.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.caresettle.batch.inquiry.SettlementInquiry;
import org.caresettle.batch.report.PublishedResults;
import org.caresettle.core.value.Period;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the issue 16 report pages (results, signals, landscape) share: the period from the path, a 404
 * when it was never settled, and the period's published report read from the out folder that
 * {@code serve --out} names. Absent (not an error page) when there is no out folder or no report yet:
 * the page says so in the reader's language.
 * <p>
 * The last period read of each kind is kept while its folder stays the same folder: a report run
 * replaces the folder as a whole (a new directory renamed into place), never a file in it, so the
 * folder's identity and time say whether the figures still hold. Parsing the files took seconds per
 * request for a region of some hundred municipalities (75,000 quarter rows).
 */
@Component
class PeriodReports {

    private final SettlementInquiry inquiry;
    private final OutFolderSetting out;
    private final Map<String, Cached> lastRead = new ConcurrentHashMap<>();

    PeriodReports(SettlementInquiry inquiry, OutFolderSetting out) {
        this.inquiry = inquiry;
        this.out = out;
    }

    /** The settled period the path names, or the page's 404. */
    Period settled(String text) {
        Period period = PathValues.period(text);
        inquiry.period(period).orElseThrow(() -> new NotFound("notfound.period", text));
        return period;
    }

    /**
     * One of {@link PublishedResults}'s readers applied to this period, or what it gave last time for the
     * same published folder. {@code kind} names the reader (one kind, one reader, one type).
     */
    @SuppressWarnings("unchecked")
    <T> Optional<T> read(String kind, BiFunction<Path, Period, Optional<T>> reader, Period period) {
        if (out.out().isEmpty()) {
            return Optional.empty();
        }
        Path folder = out.out().get();
        Optional<List<Object>> stamp = stamp(PublishedResults.folder(folder, period));
        if (stamp.isEmpty()) {
            return Optional.empty();
        }
        Cached cached = lastRead.get(kind);
        if (cached != null && cached.period().equals(period) && cached.stamp().equals(stamp.get())) {
            return (Optional<T>) cached.value();
        }
        Optional<T> value = reader.apply(folder, period);
        lastRead.put(kind, new Cached(period, stamp.get(), value));
        return value;
    }

    /**
     * What every report page starts with: the link back to the period, and the published report; when
     * there is none the page gets {@code noReport} and says so.
     */
    <T> Optional<T> forPage(Model model, String kind, BiFunction<Path, Period, Optional<T>> reader, Period period) {
        model.addAttribute("periodHref", "/periods/" + period);
        Optional<T> published = read(kind, reader, period);
        if (published.isEmpty()) {
            model.addAttribute("noReport", true);
        }
        return published;
    }

    /** The folder's identity (inode, where the file system has one) and time; empty when there is none. */
    private static Optional<List<Object>> stamp(Path folder) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(folder, BasicFileAttributes.class);
            return Optional.of(List.of(String.valueOf(attributes.fileKey()), attributes.lastModifiedTime()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private record Cached(Period period, List<Object> stamp, Optional<?> value) {
    }
}
