package org.caresettle.batch.inzage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caresettle.core.value.Money;

/**
 * The answer to an inzage as one HTML document in Dutch, readable in any browser and printable:
 * a short introduction, then the person's allocations, declaration lines, outcomes and the
 * statement versions that hold their lines, each as a table with names beside codes. Never the BSN:
 * the document names the person by the pseudonym the statements use. Pure: the same records give the
 * same document.
 */
final class InzageDocument {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final String STYLE = "body{font-family:sans-serif;margin:2em;max-width:80em}"
            + "table{border-collapse:collapse;margin-bottom:1.5em}th,td{border:1px solid #999;padding:.25em .5em;"
            + "text-align:left;vertical-align:top}td.amount{text-align:right;white-space:nowrap}";

    /** Key to Dutch text, with {0}, {1} filled in. */
    interface Texts {
        String text(String key, Object... arguments);
    }

    private final Texts texts;
    private final Function<String, String> returnCodeDescription;

    InzageDocument(Texts texts, Function<String, String> returnCodeDescription) {
        this.texts = texts;
        this.returnCodeDescription = returnCodeDescription;
    }

    String render(PersonRecords records, LocalDateTime madeAt) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(t("inzage.doc.title"))).append("</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>").append(escape(t("inzage.doc.title"))).append("</h1>\n");
        paragraph(html, t("inzage.doc.made", madeAt.format(TIME)));
        paragraph(html, t("inzage.doc.pseudonym", records.pseudonym()));
        if (records.isEmpty()) {
            html.append("<p id=\"leeg\"><strong>").append(escape(t("inzage.doc.empty"))).append("</strong></p>\n");
        }
        section(html, "toewijzingen", "inzage.doc.allocations", records.allocations().size());
        table(html, List.of("inzage.col.municipality", "inzage.col.allocation", "inzage.col.provider",
                "inzage.col.product", "inzage.col.start", "inzage.col.end", "inzage.col.volume", "inzage.col.budget",
                "inzage.col.status", "inzage.col.recorded", "inzage.col.inForce"),
                records.allocations().stream().map(this::allocationRow).toList());
        section(html, "declaratieregels", "inzage.doc.lines", records.lines().size());
        table(html, List.of("inzage.col.period", "inzage.col.provider", "inzage.col.municipality",
                "inzage.col.declaration", "inzage.col.reference", "inzage.col.allocation", "inzage.col.product",
                "inzage.col.productPeriod", "inzage.col.volume", "inzage.col.amount", "inzage.col.verdict",
                "inzage.col.codes"),
                records.lines().stream().map(this::lineRow).toList());
        section(html, "resultaten", "inzage.doc.outcomes", records.outcomes().size());
        table(html, List.of("inzage.col.municipality", "inzage.col.allocation", "inzage.col.reportedOn",
                "inzage.col.outcome", "inzage.col.recorded", "inzage.col.inForce"),
                records.outcomes().stream().map(this::outcomeRow).toList());
        section(html, "afrekeningen", "inzage.doc.versions", records.versions().size());
        table(html, List.of("inzage.col.period", "inzage.col.version", "inzage.col.made", "inzage.col.files",
                "inzage.col.lineCount"),
                records.versions().stream().map(this::versionRow).toList());
        return html.append("</body>\n</html>\n").toString();
    }

    private List<Cell> allocationRow(PersonRecords.Allocation a) {
        return List.of(text(named(a.municipalityCode(), a.municipalityName())), text(a.allocationNumber()),
                text(named(a.providerAgb(), a.providerName())),
                text(product(a.law(), a.category(), a.code(), a.productName())), text(date(a.startDate())),
                text(a.endDate() == null ? t("inzage.open") : date(a.endDate())),
                text(a.volume() + " " + unit(a.unit()) + " " + t("inzage.frequency." + a.frequency())),
                amount(a.budgetCents()), text(t("inzage.status." + a.status())),
                text(t("inzage.loads", a.firstLoaded().format(TIME), a.lastLoaded().format(TIME))),
                text(t(a.inForce() ? "inzage.yes" : "inzage.no")));
    }

    private List<Cell> lineRow(PersonRecords.Line l) {
        String verdict = t(l.accepted() ? "inzage.accepted" : "inzage.rejected");
        if (l.credited()) {
            verdict += "; " + t("inzage.credited");
        }
        if ("C".equals(l.dc())) {
            verdict += "; " + t("inzage.credit", orEmpty(l.previousReference()));
        }
        String codes = l.codes().stream().map(code -> code + " " + returnCodeDescription.apply(code))
                .collect(Collectors.joining("; "));
        Long signed = l.amountCents() == null ? null : "C".equals(l.dc()) ? -l.amountCents() : l.amountCents();
        return List.of(text(orEmpty(l.period())), text(named(l.providerAgb(), l.providerName())),
                text(named(l.municipalityCode(), l.municipalityName())),
                text(orEmpty(l.declarationNumber()) + " (" + t("inzage.received", date(l.declarationDate()),
                        l.inboxFile()) + ")"),
                text(orEmpty(l.reference())), text(orEmpty(l.allocationNumber())),
                text(product(l.law(), l.category(), l.code(), l.productName())),
                text(date(l.productStart()) + " – " + date(l.productEnd())),
                text(l.volume() == null ? "" : l.volume() + " " + unit(l.unit())), amount(signed), text(verdict),
                text(codes));
    }

    private List<Cell> outcomeRow(PersonRecords.Outcome o) {
        return List.of(text(named(o.municipalityCode(), o.municipalityName())), text(o.allocationNumber()),
                text(date(o.reportedOn())), text(t("inzage.outcome." + o.outcome())),
                text(t("inzage.loads", o.firstLoaded().format(TIME), o.lastLoaded().format(TIME))),
                text(t(o.inForce() ? "inzage.yes" : "inzage.no")));
    }

    private List<Cell> versionRow(PersonRecords.Version v) {
        return List.of(text(v.period()), text("v" + v.version()), text(v.createdAt().format(TIME)),
                text(v.municipalities().stream().map(m -> "statements/" + v.period() + "/v" + v.version()
                        + "/detail_" + m + ".csv").collect(Collectors.joining(", "))),
                text(Integer.toString(v.lines())));
    }

    private String product(String law, String category, String code, String name) {
        String codes = (law == null ? "" : t("inzage.law." + law) + " ") + orEmpty(category)
                + (code == null || code.isEmpty() ? "" : "/" + code);
        return name == null || name.isEmpty() ? codes : codes + " " + name;
    }

    private String unit(String unit) {
        return unit == null ? "" : t("inzage.unit." + unit);
    }

    private static String named(String code, String name) {
        return name == null || name.isEmpty() ? orEmpty(code) : orEmpty(code) + " " + name;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.format(DATE);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private record Cell(String text, boolean amount) {
    }

    private static Cell text(String text) {
        return new Cell(text, false);
    }

    private static Cell amount(Long cents) {
        return new Cell(cents == null ? "" : Money.ofCents(cents).toGroupedEuroString('.', ','), true);
    }

    private void section(StringBuilder html, String id, String titleKey, int count) {
        html.append("<h2 id=\"").append(id).append("\">").append(escape(t(titleKey))).append(" (").append(count)
                .append(")</h2>\n");
        paragraph(html, t(titleKey + ".intro"));
    }

    private void table(StringBuilder html, List<String> headers, List<List<Cell>> rows) {
        if (rows.isEmpty()) {
            paragraph(html, t("inzage.doc.none"));
            return;
        }
        html.append("<table>\n<tr>");
        headers.forEach(header -> html.append("<th>").append(escape(t(header))).append("</th>"));
        html.append("</tr>\n");
        for (List<Cell> row : rows) {
            html.append("<tr>");
            row.forEach(cell -> html.append(cell.amount() ? "<td class=\"amount\">" : "<td>")
                    .append(escape(cell.text())).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private void paragraph(StringBuilder html, String text) {
        html.append("<p>").append(escape(text)).append("</p>\n");
    }

    private String t(String key, Object... arguments) {
        return texts.text(key, arguments);
    }

    /** Every text of the records is data from providers and files: escaped, never markup. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
