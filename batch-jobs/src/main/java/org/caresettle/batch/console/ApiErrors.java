package org.caresettle.batch.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API's answers to a refusal and to a missing thing. A refusal is a bare 403, recorded in the
 * audit trail, as the security chain answers one: a script learns nothing from it, not even
 * whether the thing exists. A missing thing is a 404 with {"error": "..."} naming what is missing.
 */
@RestControllerAdvice(assignableTypes = {PeriodsApiController.class, StatementFileApiController.class,
        RerunsApiController.class})
class ApiErrors {

    private final PageTexts texts;
    private final AccessDenials denials;

    ApiErrors(PageTexts texts, AccessDenials denials) {
        this.texts = texts;
        this.denials = denials;
    }

    @ExceptionHandler(Forbidden.class)
    ResponseEntity<Void> forbidden(Forbidden refusal, HttpServletRequest request) {
        denials.record(request, refusal);
        return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Map<String, String>> notFound(NotFound missing, HttpServletRequest request) {
        return error(HttpStatus.NOT_FOUND, texts.text(texts.locale(request), missing.messageKey(), missing.arguments()));
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
    }
}
