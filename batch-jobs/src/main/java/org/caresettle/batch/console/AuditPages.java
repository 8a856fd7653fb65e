package org.caresettle.batch.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.caresettle.batch.audit.AuditAction;
import org.caresettle.batch.audit.AuditEvent;
import org.caresettle.batch.audit.AuditTrail;
import org.caresettle.batch.csv.CsvCells;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /audit}: the audit trail, newest first, filtered by action and user name, a longer list on
 * request; {@code /audit.csv}: the same events as a CSV file, itself recorded as a
 * {@link AuditAction#DOWNLOAD}. For auditors and operators. There is no path that changes an event.
 */
@Controller
class AuditPages {

    private static final String[] CSV_HEADER = {"event_id", "occurred_at_utc", "username", "action", "target",
            "remote_address", "detail"};

    private final AuditTrail audit;

    AuditPages(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String page(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String action,
            @RequestParam(name = "user", required = false) String username, @RequestParam(required = false) Integer limit,
            Locale locale, Model model) {
        ConsoleAccess.require(user.viewer().mayReadAuditTrail());
        AuditFilter filter = AuditFilter.of(action, username, limit);
        List<AuditEvent> events = audit.newestFirst(filter.action(), filter.username(), filter.limit());
        model.addAttribute("pageTitle", "audit.title");
        model.addAttribute("events", events.stream().map(event -> EventRow.of(event, locale)).toList());
        model.addAttribute("none", events.isEmpty());
        model.addAttribute("actions", Arrays.stream(AuditAction.values())
                .map(option -> new ActionOption(option.name(), option == filter.action())).toList());
        model.addAttribute("allActions", filter.action() == null);
        model.addAttribute("user", filter.usernameText());
        model.addAttribute("limit", filter.limit());
        model.addAttribute("csvLink", link("/audit.csv", filter));
        if (events.size() == filter.limit() && filter.more().limit() > filter.limit()) {
            model.addAttribute("moreLink", link("/audit", filter.more()));
        }
        return "audit";
    }

    @GetMapping("/audit.csv")
    void csv(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String action,
            @RequestParam(name = "user", required = false) String username, @RequestParam(required = false) Integer limit,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConsoleAccess.require(user.viewer().mayReadAuditTrail());
        AuditFilter filter = AuditFilter.of(action, username, limit);
        List<AuditEvent> events = audit.newestFirst(filter.action(), filter.username(), filter.limit());
        audit.record(user.getUsername(), AuditAction.DOWNLOAD, request.getRequestURI(), request.getRemoteAddr(),
                "action=" + filter.actionName() + " user=" + filter.usernameText() + " limit=" + filter.limit()
                        + " events=" + events.size());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get())) {
            for (AuditEvent event : events) {
                // Names typed at a failed sign-in are anyone's text: guarded against spreadsheet formulas.
                csv.printRecord(event.id(), event.at().toString(), CsvCells.guard(event.username()),
                        event.action().name(), CsvCells.guard(event.target()), CsvCells.guard(event.remoteAddress()),
                        CsvCells.guard(event.detail()));
            }
        }
    }

    private static String link(String path, AuditFilter filter) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        if (filter.action() != null) {
            link.queryParam("action", filter.action().name());
        }
        if (filter.username() != null) {
            link.queryParam("user", filter.username());
        }
        return link.queryParam("limit", filter.limit()).encode().build().toUriString();
    }

    /** One event as the page shows it. */
    public record EventRow(String at, String username, String action, String target, String remoteAddress,
            String detail) {

        static EventRow of(AuditEvent event, Locale locale) {
            return new EventRow(DisplayTime.of(event.at(), locale), event.username(), event.action().name(),
                    event.target(), event.remoteAddress() == null ? "" : event.remoteAddress(),
                    event.detail() == null ? "" : event.detail());
        }
    }

    /** An action in the filter's list. */
    public record ActionOption(String name, boolean selected) {
    }
}
