package org.caresettle.batch.console;

import java.util.List;
import java.util.Locale;
import org.caresettle.batch.run.RunLogEntry;
import org.caresettle.batch.run.RunLogRepository;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /runs}: the run log, newest first, for the roles that watch runs. */
@Controller
class RunsPage {

    static final int SHOWN = 200;

    private final RunLogRepository runLog;

    RunsPage(RunLogRepository runLog) {
        this.runLog = runLog;
    }

    @GetMapping("/runs")
    String runs(@AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
        ConsoleAccess.require(user.viewer().mayReadRuns());
        List<RunRow> rows = runLog.newestFirst(SHOWN).stream().map(entry -> RunRow.of(entry, locale)).toList();
        model.addAttribute("pageTitle", "runs.title");
        model.addAttribute("runs", rows);
        model.addAttribute("none", rows.isEmpty());
        return "runs";
    }

    /** One run as the page shows it; the outcome is a message key's last part. */
    public record RunRow(long runId, String command, String started, String ended, String outcome, String message) {

        static RunRow of(RunLogEntry entry, Locale locale) {
            return new RunRow(entry.runId(), entry.command(), DisplayTime.ofUtc(entry.startedAt(), locale),
                    DisplayTime.ofUtc(entry.endedAt(), locale), entry.outcome(),
                    entry.message() == null ? "" : entry.message());
        }
    }
}
