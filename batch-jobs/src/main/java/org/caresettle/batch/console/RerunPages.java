package org.caresettle.batch.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caresettle.batch.inquiry.ReferenceNames;
import org.caresettle.batch.inquiry.SettlementInquiry;
import org.caresettle.batch.rerun.PreviewCorrections;
import org.caresettle.batch.rerun.PreviewFigures;
import org.caresettle.batch.rerun.PreviewFigures.MunicipalityTotal;
import org.caresettle.batch.rerun.Rerun;
import org.caresettle.batch.rerun.RerunRefused;
import org.caresettle.batch.rerun.RerunState;
import org.caresettle.batch.rerun.Reruns;
import org.caresettle.core.settlement.Correction;
import org.caresettle.core.settlement.StatementLineKey;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Four eyes on a rerun in the console (issue 14 item 2), the pages of what {@link RerunsApiController}
 * offers scripts:
 * <ul>
 * <li>{@code POST /periods/{period}/reruns} (reason): a finance user asks for the period's next
 * version; its preview is settled ({@link Reruns#request}) and the request's page opens;</li>
 * <li>{@code GET /reruns}: every request, newest first; {@code GET /reruns/{id}}: one request, with its
 * preview's totals and corrections per municipality read from the preview's files;</li>
 * <li>{@code POST /reruns/{id}/approve} and {@code /reject} (reason): a different finance user decides.</li>
 * </ul>
 * Who may read them is {@link Viewer#mayReadReruns()} (the operator without amounts), who may ask and
 * decide {@link Viewer#mayRequestReruns()}; the requester deciding their own request gets 403 as in the
 * API. A refusal the reader can act on (nothing to rerun, a stale preview, a run holding the lock, no
 * reason) comes back on the page as a Dutch message, with the engine's own words beside it.
 */
@Controller
class RerunPages {

    private static final String NOTICE = "notice";
    private static final String PROBLEM = "problem";
    private static final String DETAIL = "problemDetail";

    private final Reruns reruns;
    private final PreviewCorrections previews;
    private final SettlementInquiry inquiry;
    private final SettleFolders folders;
    private final PageTexts texts;

    RerunPages(Reruns reruns, PreviewCorrections previews, SettlementInquiry inquiry, SettleFolders folders,
            PageTexts texts) {
        this.reruns = reruns;
        this.previews = previews;
        this.inquiry = inquiry;
        this.folders = folders;
        this.texts = texts;
    }

    record RerunRow(long id, String href, String period, String state, String stateCode, String requestedBy,
            String requestedAt, String reason, String decidedBy, String publishedVersion) {
    }

    record TotalRow(String code, String name, String published, String preview, String difference,
            String explainHref) {
    }

    record CorrectionLine(String code, String name, String lineType, String provider, String product,
            String previous, String now, String difference) {
    }

    @GetMapping("/reruns")
    String list(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request, Model model) {
        Forbidden.unless(Viewers.of(user).mayReadReruns(), "rerun requests");
        Locale locale = texts.locale(request);
        texts.page(model, request, "reruns.title");
        List<RerunRow> rows = reruns.list().stream().map(rerun -> row(rerun, locale)).toList();
        model.addAttribute("reruns", rows);
        model.addAttribute("none", rows.isEmpty());
        return "pages/reruns";
    }

    @GetMapping("/reruns/{id}")
    String one(@AuthenticationPrincipal SignedInUser user, @PathVariable("id") String idText,
            HttpServletRequest request, Model model) {
        Viewer viewer = Viewers.of(user);
        Forbidden.unless(viewer.mayReadReruns(), "rerun request " + idText);
        Rerun rerun = find(idText);
        Locale locale = texts.locale(request);
        texts.page(model, request, "rerun.title", rerun.id(), rerun.period());
        model.addAttribute("rerun", row(rerun, locale));
        model.addAttribute("periodHref", "/periods/" + rerun.period());
        model.addAttribute("previewVersion", rerun.previewVersion());
        model.addAttribute("previewFolder", rerun.previewFolder());
        model.addAttribute("decidedAt", PageTexts.dateTime(rerun.decidedAt(), locale));
        model.addAttribute("decisionReason", PageTexts.orEmpty(rerun.decisionReason()));
        model.addAttribute("hasDecisionReason", rerun.decisionReason() != null);
        model.addAttribute("decided", rerun.decidedBy() != null && rerun.state() != RerunState.APPROVED);
        boolean open = rerun.state() == RerunState.REQUESTED;
        boolean ownRequest = rerun.requestedBy().equals(viewer.username());
        model.addAttribute("mayDecide", open && viewer.mayRequestReruns() && !ownRequest);
        model.addAttribute("ownRequest", open && ownRequest);
        model.addAttribute("waiting", open && !viewer.mayRequestReruns());
        model.addAttribute("published", rerun.state() == RerunState.PUBLISHED);
        if (viewer.mayReadRegionTotals()) {
            folders.out().flatMap(out -> previews.of(out, rerun)).ifPresentOrElse(
                    figures -> model.addAttribute("amounts", amounts(viewer, rerun, figures, locale)),
                    () -> model.addAttribute("previewMissing", true));
        }
        return "pages/rerun";
    }

    @PostMapping("/periods/{period}/reruns")
    String request(@AuthenticationPrincipal SignedInUser user, @PathVariable("period") String periodText,
            @RequestParam(name = "reason", required = false) String reason, HttpServletRequest request,
            RedirectAttributes redirect) {
        Forbidden.unless(Viewers.of(user).mayRequestReruns(), "rerun request of " + periodText);
        Period period = PathValues.period(periodText);
        Locale locale = texts.locale(request);
        try {
            Rerun rerun = reruns.request(period.toString(), reason, user.getUsername(), folders.data(),
                    folders.requiredOut());
            redirect.addFlashAttribute(NOTICE, texts.text(locale, "rerun.requested"));
            return "redirect:/reruns/" + rerun.id();
        } catch (RerunRefused refusal) {
            refused(refusal, locale, period.toString(), null, redirect);
            return "redirect:/periods/" + period;
        }
    }

    @PostMapping("/reruns/{id}/approve")
    String approve(@AuthenticationPrincipal SignedInUser user, @PathVariable("id") String idText,
            HttpServletRequest request, RedirectAttributes redirect) {
        Forbidden.unless(Viewers.of(user).mayRequestReruns(), "approval of rerun request " + idText);
        Rerun rerun = find(idText);
        Locale locale = texts.locale(request);
        try {
            Rerun done = reruns.approve(rerun.id(), user.getUsername(), folders.data(), folders.requiredOut());
            redirect.addFlashAttribute(NOTICE, texts.text(locale, "rerun.approved", done.publishedVersion(),
                    done.period()));
        } catch (RerunRefused refusal) {
            refused(refusal, locale, rerun.period(), rerun.id(), redirect);
        }
        return "redirect:/reruns/" + rerun.id();
    }

    @PostMapping("/reruns/{id}/reject")
    String reject(@AuthenticationPrincipal SignedInUser user, @PathVariable("id") String idText,
            @RequestParam(name = "reason", required = false) String reason, HttpServletRequest request,
            RedirectAttributes redirect) {
        Forbidden.unless(Viewers.of(user).mayRequestReruns(), "rejection of rerun request " + idText);
        Rerun rerun = find(idText);
        Locale locale = texts.locale(request);
        try {
            reruns.reject(rerun.id(), user.getUsername(), reason);
            redirect.addFlashAttribute(NOTICE, texts.text(locale, "rerun.rejected"));
        } catch (RerunRefused refusal) {
            refused(refusal, locale, rerun.period(), rerun.id(), redirect);
        }
        return "redirect:/reruns/" + rerun.id();
    }

    /**
     * A refusal as the page says it. Not the reader's to decide (their own request) is a 403 as
     * anywhere else; a request gone is a 404; the rest is a message on the page they come back to.
     */
    private void refused(RerunRefused refusal, Locale locale, String period, Long id, RedirectAttributes redirect) {
        String key = switch (refusal.kind()) {
            case FORBIDDEN -> throw new Forbidden(refusal.getMessage());
            case NOT_FOUND -> throw new NotFound("notfound.rerun", id == null ? "" : id);
            case INVALID -> "rerun.refused.reason";
            case CONFLICT -> conflictKey(refusal, id);
        };
        redirect.addFlashAttribute(PROBLEM, texts.text(locale, key, period));
        redirect.addFlashAttribute(DETAIL, refusal.getMessage());
    }

    /** Why a request or decision could not be done, told apart by what the request's state is now. */
    private String conflictKey(RerunRefused refusal, Long id) {
        if (id == null) {
            // Reruns.request says "nothing to rerun" when the preview would change nothing.
            return refusal.getMessage().startsWith("nothing to rerun") ? "rerun.refused.nothing" : "rerun.refused.busy";
        }
        return switch (reruns.get(id).state()) {
            case STALE -> "rerun.refused.stale";
            case REQUESTED -> "rerun.refused.busy";
            default -> "rerun.refused.decided";
        };
    }

    private Rerun find(String idText) {
        if (idText == null || !idText.matches("[1-9][0-9]{0,17}")) {
            throw new NotFound("notfound.rerun", idText);
        }
        try {
            return reruns.get(Long.parseLong(idText));
        } catch (RerunRefused missing) {
            throw new NotFound("notfound.rerun", idText);
        }
    }

    private RerunRow row(Rerun rerun, Locale locale) {
        return new RerunRow(rerun.id(), "/reruns/" + rerun.id(), rerun.period(), state(rerun.state(), locale),
                rerun.state().name(), rerun.requestedBy(), PageTexts.dateTime(rerun.requestedAt(), locale),
                rerun.reason(), PageTexts.orEmpty(rerun.decidedBy()), PageTexts.orEmpty(rerun.publishedVersion()));
    }

    private String state(RerunState state, Locale locale) {
        return texts.text(locale, "rerun.state." + state.name());
    }

    private Map<String, Object> amounts(Viewer viewer, Rerun rerun, PreviewFigures figures, Locale locale) {
        ReferenceNames names = inquiry.names();
        boolean published = rerun.state() == RerunState.PUBLISHED && rerun.publishedVersion() != null;
        List<TotalRow> totals = new ArrayList<>();
        long publishedSum = 0;
        long previewSum = 0;
        for (MunicipalityTotal total : figures.totals()) {
            if (!viewer.mayReadMunicipality(MunicipalityCode.of(total.municipality()))) {
                continue;
            }
            publishedSum = Math.addExact(publishedSum, total.publishedCents());
            previewSum = Math.addExact(previewSum, total.previewCents());
            String explain = published ? "/periods/" + rerun.period() + "/municipalities/" + total.municipality()
                    + "/explain?version=" + rerun.publishedVersion() : "";
            totals.add(new TotalRow(total.municipality(), names.municipality(total.municipality()),
                    Amounts.euro(total.publishedCents()), Amounts.euro(total.previewCents()),
                    Amounts.signedEuro(total.differenceCents()), explain));
        }
        List<CorrectionLine> corrections = figures.corrections().stream()
                .filter(c -> viewer.mayReadMunicipality(c.key().municipality()))
                .map(c -> correction(c, names, locale)).toList();
        return Map.of("totals", totals, "publishedTotal", Amounts.euro(publishedSum), "previewTotal",
                Amounts.euro(previewSum), "differenceTotal", Amounts.signedEuro(previewSum - publishedSum),
                "corrections", corrections, "explainable", published);
    }

    private CorrectionLine correction(Correction correction, ReferenceNames names, Locale locale) {
        StatementLineKey key = correction.key();
        String code = key.municipality().value();
        return new CorrectionLine(code, names.municipality(code), texts.text(locale, "linetype." + key.type().name()),
                LineNames.provider(key.provider() == null ? null : key.provider().value(), names),
                LineNames.product(key.law() == null ? null : key.law().name(), key.category(), key.code(), names),
                Amounts.euro(correction.previousCents()), Amounts.euro(correction.newCents()),
                Amounts.signedEuro(correction.differenceCents()));
    }
}
