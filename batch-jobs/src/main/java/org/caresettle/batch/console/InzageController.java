package org.caresettle.batch.console;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.caresettle.batch.inzage.Inzage;
import org.caresettle.core.value.Bsn;
import org.caresettle.core.value.ValueFormatException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /inzage} (issue 16 item 4): the privacy officer types a person's BSN in a form; the answer
 * is the inzage document as a download ({@code inzage.html}), never a page, so it does not stay in
 * the browser's history. The BSN travels in the POST body only (never in an address, which the proxy
 * and the audit trail's targets would keep). Only the {@code privacy} role (here and in the security
 * configuration); every answer and every refused BSN is in the audit trail ({@link Inzage}).
 */
@Controller
class InzageController {

    static final String PATH = "/inzage";
    static final String FILE_NAME = "inzage.html";

    private final Inzage inzage;
    private final PageTexts texts;

    InzageController(Inzage inzage, PageTexts texts) {
        this.inzage = inzage;
        this.texts = texts;
    }

    @GetMapping(PATH)
    String form(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request, Model model) {
        Forbidden.unless(Viewers.of(user).mayAnswerInzage(), "inzage");
        texts.page(model, request, "inzage.page.title");
        return "pages/inzage";
    }

    @PostMapping(PATH)
    Object answer(@AuthenticationPrincipal SignedInUser user, @RequestParam(name = "bsn", defaultValue = "") String typed,
            HttpServletRequest request, Model model) {
        Viewer viewer = Viewers.of(user);
        Forbidden.unless(viewer.mayAnswerInzage(), "inzage");
        Bsn bsn;
        try {
            bsn = Bsn.of(typed.strip());
        } catch (ValueFormatException e) {
            inzage.refused(viewer.username(), request.getRemoteAddr());
            texts.page(model, request, "inzage.page.title");
            model.addAttribute("refused", true);
            ModelAndView form = new ModelAndView("pages/inzage", model.asMap());
            form.setStatus(HttpStatus.BAD_REQUEST);
            return form;
        }
        Inzage.Answer answer = inzage.answer(bsn, viewer.username(), request.getRemoteAddr());
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(FILE_NAME).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(answer.html().getBytes(StandardCharsets.UTF_8));
    }
}
