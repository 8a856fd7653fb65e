package org.caresettle.batch.console;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.caresettle.batch.inquiry.ReferenceNames;
import org.caresettle.batch.inquiry.SettlementInquiry;
import org.caresettle.batch.rerun.PoolingKeyWhatIfs;
import org.caresettle.batch.rerun.WhatIfComparison;
import org.caresettle.batch.rerun.WhatIfRefused;
import org.caresettle.core.value.Period;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pooling-key what-if in the console (issue 14 item 3):
 * <ul>
 * <li>{@code GET /periods/{period}/whatif}: the form to upload a proposed {@code pooling_keys.csv}
 * (finance) and the period's earlier what-ifs, newest first;</li>
 * <li>{@code POST /periods/{period}/whatif} (multipart {@code poolingKey}, optional {@code reason}): runs
 * what {@code whatif --pooling-key} runs and opens its comparison; a refused key comes back on the form
 * with the command line's file, line and rule;</li>
 * <li>{@code GET /periods/{period}/whatif/{id}}: per municipality the published and the what-if total,
 * the difference and the pooling adjustment before and after, with the total row (differences € 0,00).</li>
 * </ul>
 * Finance and the auditor read them ({@link Viewer#mayReadWhatIfs()}); only finance runs one.
 */
@Controller
class WhatIfPages {

    private final PoolingKeyWhatIfs whatIfs;
    private final SettlementInquiry inquiry;
    private final SettleFolders folders;
    private final PageTexts texts;

    WhatIfPages(PoolingKeyWhatIfs whatIfs, SettlementInquiry inquiry, SettleFolders folders, PageTexts texts) {
        this.whatIfs = whatIfs;
        this.inquiry = inquiry;
        this.folders = folders;
        this.texts = texts;
    }

    record WhatIfLink(String id, String href, String ranAt, int publishedVersion) {
    }

    record ComparisonRow(String code, String name, String publishedTotal, String whatIfTotal, String difference,
            String publishedPooling, String whatIfPooling) {
    }

    @GetMapping("/periods/{period}/whatif")
    String whatIfs(@AuthenticationPrincipal SignedInUser user, @PathVariable("period") String periodText,
            HttpServletRequest request, Model model) {
        Viewer viewer = Viewers.of(user);
        Forbidden.unless(viewer.mayReadWhatIfs(), "what-ifs of " + periodText);
        Period period = settled(periodText);
        Locale locale = texts.locale(request);
        texts.page(model, request, "whatif.title", period.toString());
        model.addAttribute("period", period.toString());
        model.addAttribute("periodHref", "/periods/" + period);
        model.addAttribute("action", "/periods/" + period + "/whatif");
        model.addAttribute("mayRun", viewer.mayRunWhatIfs());
        model.addAttribute("maxKilobytes", PoolingKeyWhatIfs.MAX_BYTES / 1024);
        List<WhatIfLink> earlier = whatIfs.list(period, folders.requiredOut()).stream()
                .map(w -> new WhatIfLink(w.id(), "/periods/" + period + "/whatif/" + w.id(),
                        PageTexts.dateTime(w.ranAt(), locale), w.publishedVersion()))
                .toList();
        model.addAttribute("earlier", earlier);
        model.addAttribute("none", earlier.isEmpty());
        return "pages/whatifs";
    }

    @PostMapping("/periods/{period}/whatif")
    String run(@AuthenticationPrincipal SignedInUser user, @PathVariable("period") String periodText,
            @RequestParam(name = "poolingKey", required = false) MultipartFile key,
            @RequestParam(name = "reason", required = false) String reason, HttpServletRequest request,
            RedirectAttributes redirect) {
        Forbidden.unless(Viewers.of(user).mayRunWhatIfs(), "what-if of " + periodText);
        Period period = settled(periodText);
        String back = "redirect:/periods/" + period + "/whatif";
        try {
            byte[] content = key == null ? new byte[0] : key.getBytes();
            String id = whatIfs.run(period, key == null ? null : key.getOriginalFilename(), content,
                    user.getUsername(), reason, folders.data(), folders.requiredOut());
            return back + "/" + id;
        } catch (WhatIfRefused refusal) {
            redirect.addFlashAttribute("problem", texts.text(texts.locale(request), "whatif.refused"));
            redirect.addFlashAttribute("problemDetail", refusal.getMessage());
            return back;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/periods/{period}/whatif/{id}")
    String whatIf(@AuthenticationPrincipal SignedInUser user, @PathVariable("period") String periodText,
            @PathVariable("id") String id, HttpServletRequest request, Model model) {
        Viewer viewer = Viewers.of(user);
        Forbidden.unless(viewer.mayReadWhatIfs(), "what-if " + id + " of " + periodText);
        Period period = PathValues.period(periodText);
        WhatIfComparison comparison = whatIfs.get(period, id, folders.requiredOut())
                .orElseThrow(() -> new NotFound("notfound.whatif", id, period.toString()));
        Locale locale = texts.locale(request);
        texts.page(model, request, "whatif.comparison.title", period.toString(), comparison.publishedVersion());
        model.addAttribute("period", period.toString());
        model.addAttribute("periodHref", "/periods/" + period);
        model.addAttribute("whatIfsHref", "/periods/" + period + "/whatif");
        model.addAttribute("id", comparison.id());
        model.addAttribute("ranAt", PageTexts.dateTime(comparison.ranAt(), locale));
        model.addAttribute("publishedVersion", comparison.publishedVersion());
        ReferenceNames names = inquiry.names();
        model.addAttribute("rows", comparison.rows().stream().map(row -> new ComparisonRow(row.municipality(),
                names.municipality(row.municipality()), Amounts.euro(row.publishedTotalCents()),
                Amounts.euro(row.whatIfTotalCents()), Amounts.signedEuro(row.differenceCents()),
                Amounts.euro(row.publishedPoolingCents()), Amounts.euro(row.whatIfPoolingCents()))).toList());
        model.addAttribute("publishedTotal", Amounts.euro(sum(comparison, WhatIfComparison.Row::publishedTotalCents)));
        model.addAttribute("whatIfTotal", Amounts.euro(sum(comparison, WhatIfComparison.Row::whatIfTotalCents)));
        model.addAttribute("differenceTotal", Amounts.signedEuro(comparison.differenceCents()));
        model.addAttribute("publishedPooling", Amounts.euro(sum(comparison, WhatIfComparison.Row::publishedPoolingCents)));
        model.addAttribute("whatIfPooling", Amounts.euro(sum(comparison, WhatIfComparison.Row::whatIfPoolingCents)));
        return "pages/whatif";
    }

    /** The period, which must have a settled version: a what-if compares with it. */
    private Period settled(String periodText) {
        Period period = PathValues.period(periodText);
        inquiry.period(period).orElseThrow(() -> new NotFound("notfound.period", periodText));
        return period;
    }

    private static long sum(WhatIfComparison comparison, ToLongFunction<WhatIfComparison.Row> cents) {
        return comparison.rows().stream().mapToLong(cents).reduce(0, Math::addExact);
    }
}
