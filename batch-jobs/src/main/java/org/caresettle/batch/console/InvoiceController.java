package org.caresettle.batch.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.caresettle.batch.audit.AuditAction;
import org.caresettle.batch.audit.AuditTrail;
import org.caresettle.batch.export.ExportedFiles;
import org.caresettle.batch.inquiry.DeclarationAnswer;
import org.caresettle.batch.inquiry.DeclarationInquiry;
import org.caresettle.batch.inquiry.InvoiceInquiry;
import org.caresettle.batch.inquiry.InvoiceLineRef;
import org.caresettle.batch.inquiry.InvoiceView;
import org.caresettle.batch.inquiry.LinesBehindView;
import org.caresettle.batch.inquiry.ReferenceNames;
import org.caresettle.batch.statement.DetailCsv;
import org.caresettle.batch.statement.StatementKind;
import org.caresettle.core.settlement.LineType;
import org.caresettle.core.settlement.StatementLine;
import org.caresettle.core.settlement.StatementLineKey;
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
 * A municipality's invoice of one version with names beside its codes, and the drill-down from a
 * DIRECT line to the declaration lines behind it (clients as pseudonyms; every view recorded in the
 * audit trail as VIEW_CLIENT_LINES) with the declarations' answers.
 */
@Controller
class InvoiceController {

    private static final String PATH = "/periods/{period}/versions/{version}/municipalities/{code}";

    private final InvoiceInquiry invoices;
    private final DeclarationInquiry declarations;
    private final StatementDownload download;
    private final AuditTrail audit;
    private final PageTexts texts;

    InvoiceController(InvoiceInquiry invoices, DeclarationInquiry declarations, StatementDownload download,
            AuditTrail audit, PageTexts texts) {
        this.invoices = invoices;
        this.declarations = declarations;
        this.download = download;
        this.audit = audit;
        this.texts = texts;
    }

    record LineRow(String lineType, String provider, String product, String financing, long lineCount, String volume,
            String unit, String withheld, String amount, boolean drill, String linesHref, boolean total) {
    }

    record CorrectionLine(String lineType, String provider, String product, String previous, String now,
            String difference) {
    }

    record FileLink(String name, String href) {
    }

    record ShownLine(String reference, String previousReference, String dc, String client, String allocation,
            String productStart, String productEnd, String volume, String amount, String inboxFile, String messageId) {
    }

    record AnswerCode(String code, String description) {
    }

    record RejectedRow(String reference, String dc, String client, String amount, List<AnswerCode> codes) {
    }

    record DeclarationRow(String declarationNumber, String messageId, String inboxFile, String declarationDate,
            List<AnswerCode> answer, String total, String awarded, List<RejectedRow> rejected) {
    }

    @GetMapping(PATH)
    String invoice(@AuthenticationPrincipal SignedInUser user, @PathVariable("period") String periodText,
            @PathVariable("version") String versionText, @PathVariable("code") String codeText,
            HttpServletRequest request, Model model) {
        Viewer viewer = Viewers.of(user);
        MunicipalityCode code = PathValues.municipality(codeText);
        Forbidden.unless(viewer.mayReadMunicipality(code), "invoice of municipality " + code);
        InvoiceView invoice = invoice(periodText, versionText, code);
        Locale locale = texts.locale(request);
        ReferenceNames names = invoice.names();
        String base = "/periods/" + invoice.period() + "/versions/" + invoice.version() + "/municipalities/" + code;
        texts.page(model, request, "invoice.title", names.municipality(code.value()), code.value(),
                invoice.period().toString(), invoice.version());
        model.addAttribute("period", invoice.period().toString());
        model.addAttribute("periodHref", "/periods/" + invoice.period());
        model.addAttribute("explainHref", "/periods/" + invoice.period() + "/municipalities/" + code
                + "/explain?version=" + invoice.version());
        model.addAttribute("version", invoice.version());
        model.addAttribute("code", code.value());
        model.addAttribute("name", names.municipality(code.value()));
        model.addAttribute("lines", invoice.lines().stream().map(line -> lineRow(line, names, base, locale)).toList());
        model.addAttribute("corrections", invoice.corrections().stream().map(c -> new CorrectionLine(
                texts.text(locale, "linetype." + c.lineType()), LineNames.provider(c.provider(), names),
                LineNames.product(c.law(), c.category(), c.code(), names), Amounts.euro(c.previousCents()),
                Amounts.euro(c.newCents()), Amounts.euro(c.differenceCents()))).toList());
        String versionBase = "/periods/" + invoice.period() + "/versions/" + invoice.version();
        List<FileLink> files = new ArrayList<>(download.published(invoice.period(), invoice.version())
                .map(listed -> listed.names().stream()
                        .filter(name -> name.equals(StatementKind.INVOICE.fileName(code.value()))
                                || name.equals(DetailCsv.fileName(code.value())))
                        .map(name -> new FileLink(name, versionBase + "/files/" + name)).toList())
                .orElse(List.of()));
        String workbook = ExportedFiles.workbookName(code.value());
        download.exportedFile(invoice.period(), invoice.version(), workbook)
                .ifPresent(path -> files.add(new FileLink(workbook, versionBase + "/exports/" + workbook)));
        model.addAttribute("files", files);
        return "pages/invoice";
    }

    @GetMapping(PATH + "/lines")
    String linesBehind(@AuthenticationPrincipal SignedInUser user, @PathVariable("period") String periodText,
            @PathVariable("version") String versionText, @PathVariable("code") String codeText,
            @RequestParam String provider, @RequestParam String law, @RequestParam String category,
            @RequestParam(required = false) String code, HttpServletRequest request, Model model) {
        Viewer viewer = Viewers.of(user);
        MunicipalityCode municipality = PathValues.municipality(codeText);
        Forbidden.unless(viewer.mayReadClientLines(municipality), "client lines of municipality " + municipality);
        InvoiceView invoice = invoice(periodText, versionText, municipality);
        InvoiceLineRef ref = new InvoiceLineRef(invoice.period(), municipality, PathValues.provider(provider),
                PathValues.law(law), category, code == null || code.isEmpty() ? null : code);
        if (invoice.lines().stream().noneMatch(line -> isLine(line.key(), ref))) {
            throw new NotFound("notfound.line");
        }
        LinesBehindView behind = declarations.linesBehind(ref).orElseThrow(() -> new NotFound("notfound.line"));
        audit.record(viewer.username(), AuditAction.VIEW_CLIENT_LINES,
                request.getRequestURI() + "?" + request.getQueryString(), request.getRemoteAddr(),
                behind.count() + " lines, " + behind.shown().size() + " shown");
        Locale locale = texts.locale(request);
        ReferenceNames names = invoice.names();
        texts.page(model, request, "lines.title", names.municipality(municipality.value()), municipality.value(),
                invoice.period().toString());
        model.addAttribute("invoiceHref", "/periods/" + invoice.period() + "/versions/" + invoice.version()
                + "/municipalities/" + municipality);
        model.addAttribute("provider", LineNames.provider(ref.provider().value(), names));
        model.addAttribute("product", LineNames.product(ref.law().name(), ref.category(), ref.code(), names));
        model.addAttribute("count", behind.count());
        model.addAttribute("notShown", behind.notShown());
        model.addAttribute("someNotShown", behind.notShown() > 0);
        model.addAttribute("lines", behind.shown().stream().map(l -> new ShownLine(PageTexts.orEmpty(l.reference()),
                PageTexts.orEmpty(l.previousReference()), PageTexts.orEmpty(l.dc()), l.client(),
                PageTexts.orEmpty(l.allocationNumber()), PageTexts.date(l.productStart(), locale),
                PageTexts.date(l.productEnd(), locale), l.volume() == null ? "" : l.volume() + " (" + l.unit() + ")",
                Amounts.euro(l.amountCents()), l.inboxFile(), PageTexts.orEmpty(l.messageId()))).toList());
        model.addAttribute("declarations", behind.declarations().stream().map(d -> declarationRow(d, locale)).toList());
        return "pages/lines";
    }

    private InvoiceView invoice(String periodText, String versionText, MunicipalityCode code) {
        Period period = PathValues.period(periodText);
        int version = PathValues.version(versionText);
        return invoices.invoice(period, version, code)
                .orElseThrow(() -> new NotFound("notfound.invoice", code.value(), period.toString(), version));
    }

    private static boolean isLine(StatementLineKey key, InvoiceLineRef ref) {
        return key.type() == LineType.DIRECT && ref.provider().equals(key.provider()) && ref.law() == key.law()
                && ref.category().equals(key.category()) && Objects.equals(ref.code(), key.code());
    }

    private LineRow lineRow(StatementLine line, ReferenceNames names, String base, Locale locale) {
        StatementLineKey key = line.key();
        String href = "";
        if (key.type() == LineType.DIRECT) {
            href = UriComponentsBuilder.fromPath(base + "/lines")
                    .queryParam("provider", key.provider().value())
                    .queryParam("law", key.law().name())
                    .queryParam("category", key.category())
                    .queryParam("code", key.code() == null ? "" : key.code())
                    .encode().build().toUriString();
        }
        return new LineRow(texts.text(locale, "linetype." + key.type().name()),
                LineNames.provider(key.provider() == null ? null : key.provider().value(), names),
                LineNames.product(key.law() == null ? null : key.law().name(), key.category(), key.code(), names),
                key.financing() == null ? "" : texts.text(locale, "financing." + key.financing().name()),
                line.lineCount(), line.volume() == null ? "" : line.volume().toString(),
                key.unit() == null ? "" : key.unit().code(), Amounts.euro(line.withheldCents()),
                Amounts.euro(line.amountCents()), !href.isEmpty(), href, key.type() == LineType.TOTAL);
    }

    private DeclarationRow declarationRow(DeclarationAnswer d, Locale locale) {
        return new DeclarationRow(PageTexts.orEmpty(d.declarationNumber()), PageTexts.orEmpty(d.messageId()),
                d.inboxFile(),
                PageTexts.date(d.declarationDate(), locale), answerCodes(d.answerCodes(), locale),
                d.totalCents() == null ? "" : Amounts.euro(d.totalCents()), Amounts.euro(d.awardedTotalCents()),
                d.rejectedLines().stream().map(r -> new RejectedRow(PageTexts.orEmpty(r.reference()),
                        PageTexts.orEmpty(r.dc()), r.client(),
                        Amounts.euro(r.amountCents()), answerCodes(r.codes(), locale))).toList());
    }

    private List<AnswerCode> answerCodes(List<String> codes, Locale locale) {
        return codes.stream().map(c -> new AnswerCode(c, texts.text(locale, "returncode." + c))).toList();
    }
}
