package org.caresettle.batch.cli;

import java.io.PrintStream;
import java.util.Map;
import org.caresettle.batch.csv.CsvCells;
import org.caresettle.batch.exit.ExitCode;
import org.caresettle.batch.exit.RefusedException;
import org.caresettle.batch.rerun.Rerun;
import org.caresettle.batch.rerun.RerunRefused;
import org.caresettle.batch.rerun.Reruns;
import org.caresettle.batch.run.RunRequest;
import org.caresettle.batch.users.Usernames;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rerun request|approve|reject|list} (issue 14): four eyes on a period's next version for
 * operators' scripts, the same flow as the console's through {@link Reruns}. The user is the OS user
 * ({@code cli:<name>}), who may not decide their own request; {@code --user NAME} ({@code cli:NAME})
 * is a label the script's owner vouches for, for installations where the console is not used. Every
 * refusal (self-approval, a stale preview, an unknown id, a missing reason) exits 2 with its reason.
 * Each subcommand is no run itself: the preview and the publication are settle runs under the run lock.
 */
@Command(name = "rerun", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Reruns with four eyes: request a period's next version (a preview), and let another user "
                + "approve (publish) or reject it; list the requests.",
        subcommands = {RerunCommand.Request.class, RerunCommand.Approve.class, RerunCommand.Reject.class,
                RerunCommand.ListReruns.class})
final class RerunCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "no rerun command given (request, approve, reject, list)");
    }

    /** {@code --user NAME}: who decides, where no console says it; the OS user otherwise. */
    static final class UserOption {

        @Option(names = "--user", paramLabel = "NAME", description = "Act as NAME (recorded as cli:NAME) instead of "
                + "the OS user: only for installations where the console is not used; the script's owner vouches "
                + "for it.")
        String name;
    }

    /** A {@code rerun} subcommand: named "rerun approve" etc. in messages, without a run record of its own. */
    abstract static class RerunSubcommand extends ContextCommand {

        @Mixin
        UserOption user;

        @Override
        String name() {
            return "rerun " + spec.name();
        }

        @Override
        RunRequest request() {
            return new RunRequest(name(), Map.of(), null, null, null, null);
        }

        @Override
        void check() {
            if (user.name != null && !Usernames.isValid(user.name)) {
                throw new ParameterException(spec.commandLine(), "--user: 1 to " + Usernames.MAX_LENGTH
                        + " letters, digits and . _ - @, not '" + user.name + "'");
            }
        }

        /** The user as the requests keep it. */
        String user() {
            return user.name == null ? RunRequest.commandLineUser() : "cli:" + user.name;
        }

        @Override
        final int run(ApplicationContext context, PrintStream out) throws Exception {
            try {
                run(context.getBean(Reruns.class), out);
                return ExitCode.DONE;
            } catch (RerunRefused e) {
                throw new RefusedException(e.getMessage());
            }
        }

        abstract void run(Reruns reruns, PrintStream out) throws Exception;

        void requireReason(String reason) {
            if (reason == null || reason.isBlank()) {
                throw new ParameterException(spec.commandLine(), "--reason is required: say why");
            }
        }
    }

    @Command(name = "request", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
            description = "Preview the period's next version and leave it as a request that another user approves.")
    static final class Request extends RerunSubcommand {

        @Mixin
        DataFolder data;
        @Mixin
        OutFolder out;
        @Mixin
        PeriodOption period;
        @Mixin
        ReasonOption reason;

        @Override
        void check() {
            super.check();
            requireFolder("--data", data.path);
            requireReason(reason.reason);
        }

        @Override
        void run(Reruns reruns, PrintStream log) {
            Rerun rerun = reruns.request(period.period.toString(), reason.reason, user(), data.path, out.path);
            log.println(rerun.previewSummary());
            log.println("rerun request " + rerun.id() + " of " + rerun.period() + " (v" + rerun.previewVersion()
                    + ", preview " + out.path.resolve(rerun.previewFolder()) + ") waits for approval by another user:"
                    + " rerun approve --out " + out.path + " --id " + rerun.id());
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
            description = "Publish the version of another user's request, when its inputs are still those of its "
                    + "preview; again: nothing more.")
    static final class Approve extends RerunSubcommand {

        @Mixin
        OutFolder out;
        @Option(names = "--id", required = true, paramLabel = "N", description = "The request.")
        long id;

        @Override
        void run(Reruns reruns, PrintStream log) {
            Rerun rerun = reruns.approve(id, user(), null, out.path);
            log.println("rerun request " + rerun.id() + " of " + rerun.period() + " is published as v"
                    + rerun.publishedVersion() + ": " + out.path.resolve("statements").resolve(rerun.period())
                            .resolve("v" + rerun.publishedVersion()) + " (approved by " + rerun.decidedBy() + ")");
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
            description = "Reject another user's request, with a reason; nothing is published.")
    static final class Reject extends RerunSubcommand {

        @Option(names = "--id", required = true, paramLabel = "N", description = "The request.")
        long id;
        @Mixin
        ReasonOption reason;

        @Override
        void check() {
            super.check();
            requireReason(reason.reason);
        }

        @Override
        void run(Reruns reruns, PrintStream log) {
            Rerun rerun = reruns.reject(id, user(), reason.reason);
            log.println("rerun request " + rerun.id() + " of " + rerun.period() + " is rejected by " + rerun.decidedBy()
                    + ": " + rerun.decisionReason());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
            description = "The rerun requests, newest first: id, period, state, version, who asked and why, "
                    + "who decided.")
    static final class ListReruns extends RerunSubcommand {

        @Override
        void run(Reruns reruns, PrintStream log) {
            log.println("id,period,state,version,requested_by,requested_at,reason,decided_by,decided_at,"
                    + "decision_reason,published_version");
            for (Rerun rerun : reruns.list()) {
                log.println(String.join(",", Long.toString(rerun.id()), rerun.period(), rerun.state().name(),
                        Integer.toString(rerun.previewVersion()), cell(rerun.requestedBy()),
                        cell(rerun.requestedAt()), cell(rerun.reason()), cell(rerun.decidedBy()),
                        cell(rerun.decidedAt()), cell(rerun.decisionReason()), cell(rerun.publishedVersion())));
            }
        }

        /** A CSV cell: empty for none, formula-guarded, quoted when it holds a comma, a quote or a line break. */
        private static String cell(Object value) {
            if (value == null) {
                return "";
            }
            String text = CsvCells.guard(value.toString());
            return text.matches("(?s).*[,\"\\r\\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
        }
    }
}
