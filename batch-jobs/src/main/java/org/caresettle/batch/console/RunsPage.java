package org.caresettle.batch.console;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.caresettle.batch.run.CurrentRun;
import org.caresettle.batch.run.RunLock;
import org.caresettle.batch.run.RunLogEntry;
import org.caresettle.batch.run.RunLogRepository;
import org.caresettle.batch.serve.NightlySchedule;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /runs}: for the roles that watch runs, the run going on now (the holder of the run lock: which
 * run, since when, and, when it runs in this process, which step and how many lines it has done), the
 * nightly's schedule with its next run, and the run log, newest first. The page reloads itself every
 * {@value #REFRESH_SECONDS} s (static/js/runs-refresh.js; the CSP allows no inline script).
 */
@Controller
class RunsPage {

    static final int SHOWN = 200;
    static final int REFRESH_SECONDS = 10;

    private final RunLogRepository runLog;
    private final RunLock lock;
    private final CurrentRun currentRun;
    private final NightlySchedule schedule;
    private final MessageSource messages;
    private final Clock clock;

    RunsPage(RunLogRepository runLog, RunLock lock, CurrentRun currentRun, NightlySchedule schedule,
            MessageSource messages, Clock clock) {
        this.runLog = runLog;
        this.lock = lock;
        this.currentRun = currentRun;
        this.schedule = schedule;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/runs")
    String runs(@AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
        ConsoleAccess.require(user.viewer().mayReadRuns());
        List<RunRow> rows = runLog.newestFirst(SHOWN).stream().map(entry -> RunRow.of(entry, locale)).toList();
        model.addAttribute("pageTitle", "runs.title");
        model.addAttribute("runs", rows);
        model.addAttribute("none", rows.isEmpty());
        model.addAttribute("refreshSeconds", REFRESH_SECONDS);
        lock.held().ifPresentOrElse(held -> model.addAttribute("running", running(held, locale)),
                () -> model.addAttribute("idle", true));
        model.addAttribute("schedule", schedule(locale));
        return "runs";
    }

    private Map<String, Object> running(RunLock.Held held, Locale locale) {
        Map<String, Object> running = new LinkedHashMap<>();
        Optional<RunLogEntry> entry = held.runId() == null ? Optional.empty() : runLog.entry(held.runId());
        running.put("runId", held.runId() == null ? "" : held.runId().toString());
        running.put("command", entry.map(RunLogEntry::command).orElse(""));
        running.put("since", DisplayTime.ofUtc(held.acquiredAt(), locale));
        running.put("holder", held.holder() == null ? "" : held.holder());
        Optional<CurrentRun.Progress> progress = currentRun.progress()
                .filter(p -> held.runId() != null && p.runId() == held.runId());
        if (progress.isPresent() && progress.get().step() != null) {
            CurrentRun.Progress now = progress.get();
            String step = text("runs.step." + now.step(), locale);
            running.put("step", now.period() == null ? step : step + " " + now.period());
            if (now.linesDone() != null) {
                NumberFormat count = NumberFormat.getIntegerInstance(locale);
                running.put("progressLines", now.linesTotal() == null
                        ? text("runs.lines.done", locale, count.format(now.linesDone()))
                        : text("runs.lines.of", locale, count.format(now.linesDone()), count.format(now.linesTotal())));
            }
        } else {
            // Held by another process (a typed command, another server): its step is not known here.
            running.put("elsewhere", true);
        }
        return running;
    }

    private Map<String, Object> schedule(Locale locale) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("cron", schedule.cron());
        shown.put("zone", schedule.zone());
        shown.put("next", schedule.nextRun(clock.instant())
                .map(next -> DateTimeFormatter.ofPattern("EEEE d MMMM yyyy HH:mm", locale).format(next))
                .orElseGet(() -> text("runs.schedule.noNext", locale)));
        return shown;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, key, locale);
    }

    /** One run as the page shows it; the outcome is a message key's last part. */
    public record RunRow(long runId, String command, String started, String ended, String outcome, String message,
            String requestedBy, String reason) {

        static RunRow of(RunLogEntry entry, Locale locale) {
            return new RunRow(entry.runId(), entry.command(), DisplayTime.ofUtc(entry.startedAt(), locale),
                    DisplayTime.ofUtc(entry.endedAt(), locale), entry.outcome(),
                    entry.message() == null ? "" : entry.message(),
                    entry.requestedBy() == null ? "" : entry.requestedBy(),
                    entry.reason() == null ? "" : entry.reason());
        }
    }
}
