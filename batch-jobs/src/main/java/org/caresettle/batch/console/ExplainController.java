package org.caresettle.batch.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.caresettle.batch.audit.AuditAction;
import org.caresettle.batch.audit.AuditTrail;
import org.caresettle.batch.explain.Comparison;
import org.caresettle.batch.explain.DeclarationLineRef;
import org.caresettle.batch.explain.Explanation;
import org.caresettle.batch.explain.InvoiceComparisons;
import org.caresettle.batch.explain.LinesBehind;
import org.caresettle.batch.inquiry.PeriodSummary;
import org.caresettle.batch.inquiry.ReferenceNames;
import org.caresettle.batch.inquiry.SettlementInquiry;
import org.caresettle.batch.inquiry.VersionSummary;
import org.caresettle.core.explain.Component;
import org.caresettle.core.explain.Effect;
import org.caresettle.core.explain.InvoiceDifference;
import org.caresettle.core.explain.LineDifference;
import org.caresettle.core.settlement.LineType;
import org.caresettle.core.settlement.StatementLineKey;
import org.caresettle.core.value.DebitCredit;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /periods/{period}/municipalities/{code}/explain[?version=N&against=M]} (issue 13, page 4):
 * what {@code explain} prints, as a page. Why the municipality's invoice of version N (the latest
 * when not given) differs (a) from the latest version of the period before and (b) from version M of
 * the same period (the previous version when not given), split into volume, tariff, releases,
 * availability and pooling; per changed DIRECT line the declaration lines behind it, by reference,
 * file and message (never the client; the drill-down page shows pseudonyms). Showing declaration
 * lines is recorded in the audit trail as VIEW_CLIENT_LINES.
 */
@Controller
class ExplainController {

    private final InvoiceComparisons comparisons;
    private final SettlementInquiry inquiry;
    private final OutFolderSetting out;
    private final AuditTrail audit;
    private final PageTexts texts;

    ExplainController(InvoiceComparisons comparisons, SettlementInquiry inquiry, OutFolderSetting out,
            AuditTrail audit, PageTexts texts) {
        this.comparisons = comparisons;
        this.inquiry = inquiry;
        this.out = out;
        this.audit = audit;
        this.texts = texts;
    }

    record Amount(String label, String amount) {
    }

    record DeclarationLine(String period, String reference, String dc, String previousReference, String volume,
            String amount, String file, String message) {
    }

    record LineRow(String lineType, String provider, String product, String financing, String unit,
            String previous, String now, String difference, boolean direct, String volumes, List<Amount> effects,
            long declarationCount, List<DeclarationLine> declarationLines, long notShown, boolean someNotShown,
            boolean drill, String linesHref) {
    }

    record ComparisonView(String id, String heading, String previousLabel, String currentLabel,
            boolean previousHadNoInvoice, String previousTotal, String newTotal, String difference,
            List<Amount> components, String explained, boolean addsUp, List<LineRow> lines, boolean noLines) {
    }

    record VersionLink(int number, String href, boolean current) {
    }

    @GetMapping("/periods/{period}/municipalities/{code}/explain")
    String explain(@AuthenticationPrincipal SignedInUser user, @PathVariable("period") String periodText,
            @PathVariable("code") String codeText, @RequestParam(name = "version", required = false) String versionText,
            @RequestParam(name = "against", required = false) String againstText, HttpServletRequest request,
            Model model) {
        Viewer viewer = Viewers.of(user);
        MunicipalityCode code = PathValues.municipality(codeText);
        Forbidden.unless(viewer.mayReadMunicipality(code), "explanation of municipality " + code);
        Period period = PathValues.period(periodText);
        PeriodSummary summary = inquiry.period(period).orElseThrow(() -> new NotFound("notfound.period", periodText));
        OptionalInt version = optionalVersion(versionText);
        OptionalInt against = optionalVersion(againstText);
        Explanation explanation = comparisons.explain(out.out().orElse(null), period, version, against, code)
                .orElseThrow(() -> new NotFound("notfound.explain", code.value(), period.toString(),
                        version.isPresent() ? version.getAsInt() : summary.latest().number()));
        boolean showLines = viewer.mayReadClientLines(code);
        Locale locale = texts.locale(request);
        ReferenceNames names = inquiry.names();
        int number = explanation.current().number();
        String name = names.municipality(code.value());
        String invoiceHref = "/periods/" + period + "/versions/" + number + "/municipalities/" + code;
        texts.page(model, request, "explain.title", name, code.value(), period.toString(), number);
        model.addAttribute("period", period.toString());
        model.addAttribute("periodHref", "/periods/" + period);
        model.addAttribute("invoiceHref", invoiceHref);
        model.addAttribute("showLines", showLines);
        List<ComparisonView> views = new ArrayList<>();
        explanation.againstPreviousPeriod().ifPresent(c -> views.add(view("against-period",
                texts.text(locale, "explain.againstPeriod", c.previous().period().toString(), c.previous().number()),
                c, names, invoiceHref, showLines, locale)));
        explanation.againstPreviousVersion().ifPresent(c -> views.add(view("against-version",
                texts.text(locale, "explain.againstVersion", c.previous().number()),
                c, names, invoiceHref, showLines, locale)));
        model.addAttribute("comparisons", views);
        model.addAttribute("noPreviousPeriod", explanation.againstPreviousPeriod().isEmpty());
        model.addAttribute("noPreviousPeriodText",
                texts.text(locale, "explain.noPreviousPeriod", period.previous().toString()));
        model.addAttribute("firstVersion", explanation.againstPreviousVersion().isEmpty());
        model.addAttribute("addsUp", explanation.addsUp());
        String base = "/periods/" + period + "/municipalities/" + code + "/explain";
        model.addAttribute("versions", summary.versions().stream().map(VersionSummary::number)
                .map(n -> new VersionLink(n, base + "?version=" + n, n == number)).toList());
        long shown = views.stream().flatMap(v -> v.lines().stream()).mapToLong(l -> l.declarationLines().size()).sum();
        if (shown > 0) {
            audit.record(viewer.username(), AuditAction.VIEW_CLIENT_LINES, request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()),
                    request.getRemoteAddr(), "explanation, " + shown + " declaration lines shown");
        }
        return "pages/explain";
    }

    private static OptionalInt optionalVersion(String text) {
        return text == null || text.isEmpty() ? OptionalInt.empty() : OptionalInt.of(PathValues.version(text));
    }

    private ComparisonView view(String id, String heading, Comparison comparison, ReferenceNames names,
            String invoiceHref, boolean showLines, Locale locale) {
        InvoiceDifference difference = comparison.difference();
        List<Amount> components = new ArrayList<>();
        for (Component component : Component.values()) {
            components.add(new Amount(texts.text(locale, "explain.component." + component.name()),
                    Amounts.signedEuro(difference.componentCents(component))));
        }
        List<LineRow> lines = difference.lines().stream()
                .map(line -> lineRow(line, comparison, names, invoiceHref, showLines, locale)).toList();
        return new ComparisonView(id, heading, comparison.previous().toString(), comparison.current().toString(),
                !comparison.previousHadInvoice(), Amounts.euro(difference.previousTotalCents()),
                Amounts.euro(difference.newTotalCents()), Amounts.signedEuro(difference.differenceCents()),
                components, Amounts.signedEuro(difference.explainedCents()), difference.addsUp(), lines,
                lines.isEmpty());
    }

    private LineRow lineRow(LineDifference line, Comparison comparison, ReferenceNames names, String invoiceHref,
            boolean showLines, Locale locale) {
        StatementLineKey key = line.key();
        boolean direct = key.type() == LineType.DIRECT;
        List<Amount> effects = line.effects().stream()
                .map((Effect e) -> new Amount(texts.text(locale, "explain.component." + e.component().name()),
                        Amounts.signedEuro(e.cents())))
                .toList();
        LinesBehind behind = direct ? comparison.linesBehind(key) : null;
        List<DeclarationLine> shown = behind == null || !showLines ? List.of()
                : behind.shown().stream().map(ExplainController::declarationLine).toList();
        long count = behind == null ? 0 : behind.count();
        long notShown = count - shown.size();
        // The drill-down (with pseudonyms) lists the lines of the version's invoice line, so only a line still there.
        boolean drill = direct && showLines && line.after() != null;
        String href = drill ? UriComponentsBuilder.fromPath(invoiceHref + "/lines")
                .queryParam("provider", key.provider().value())
                .queryParam("law", key.law().name())
                .queryParam("category", key.category())
                .queryParam("code", key.code() == null ? "" : key.code())
                .encode().build().toUriString() : "";
        return new LineRow(texts.text(locale, "linetype." + key.type().name()),
                LineNames.provider(key.provider() == null ? null : key.provider().value(), names),
                LineNames.product(key.law() == null ? null : key.law().name(), key.category(), key.code(), names),
                key.financing() == null ? "" : texts.text(locale, "financing." + key.financing().name()),
                key.unit() == null ? "" : key.unit().code(), Amounts.euro(line.previousCents()),
                Amounts.euro(line.newCents()), Amounts.signedEuro(line.differenceCents()), direct,
                direct ? line.previousVolume() + " → " + line.newVolume() : "", effects, count, shown, notShown,
                notShown > 0, drill, href);
    }

    private static DeclarationLine declarationLine(DeclarationLineRef ref) {
        long sign = ref.dc() == DebitCredit.C ? -1 : 1;
        return new DeclarationLine(ref.period().toString(), PageTexts.orEmpty(ref.reference()), ref.dc().name(),
                PageTexts.orEmpty(ref.previousReference()), Long.toString(sign * ref.volume()),
                Amounts.euro(sign * ref.amountCents()), PageTexts.orEmpty(ref.fileName()),
                PageTexts.orEmpty(ref.messageId()));
    }
}
