package org.caresettle.batch.console;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The console pages' answers to a refusal (403, recorded in the audit trail) and to something that
 * does not exist (404): a page with a clear message in the reader's language, never a stack trace.
 */
@ControllerAdvice(assignableTypes = {OverviewController.class, PeriodController.class, InvoiceController.class,
        StatementFileController.class, ExplainController.class, ProvidersController.class, RerunPages.class,
        WhatIfPages.class, ResultsController.class, SignalsController.class, LandscapeController.class})
class PageErrors {

    private final PageTexts texts;
    private final AccessDenials denials;
    private final ConsoleModel consoleModel;

    PageErrors(PageTexts texts, AccessDenials denials, ConsoleModel consoleModel) {
        this.texts = texts;
        this.denials = denials;
        this.consoleModel = consoleModel;
    }

    @ExceptionHandler(Forbidden.class)
    ModelAndView forbidden(Forbidden refusal, HttpServletRequest request) {
        denials.record(request, refusal);
        return page(request, HttpStatus.FORBIDDEN, "error.forbidden.title", "error.forbidden");
    }

    @ExceptionHandler(NotFound.class)
    ModelAndView notFound(NotFound missing, HttpServletRequest request) {
        ModelAndView page = page(request, HttpStatus.NOT_FOUND, "error.notfound.title", null);
        page.addObject("message", texts.text(texts.locale(request), missing.messageKey(), missing.arguments()));
        return page;
    }

    private ModelAndView page(HttpServletRequest request, HttpStatus status, String titleKey, String messageKey) {
        ExtendedModelMap model = new ExtendedModelMap();
        // An exception handler's model does not get the advice's model attributes: the layout's are added here.
        consoleModel.addConsoleModel(model, texts.locale(request), request, signedInUser(request));
        texts.page(model, request, titleKey);
        if (messageKey != null) {
            model.addAttribute("message", texts.text(texts.locale(request), messageKey));
        }
        return new ModelAndView("pages/problem", model, status);
    }

    private static SignedInUser signedInUser(HttpServletRequest request) {
        return request.getUserPrincipal() instanceof Authentication authentication
                && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
    }
}
