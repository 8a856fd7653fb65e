package org.caresettle.batch.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.caresettle.batch.audit.AuditAction;
import org.caresettle.batch.audit.AuditTrail;
import org.caresettle.batch.exit.ExitCode;
import org.caresettle.batch.exit.RefusedException;
import org.caresettle.batch.run.RunRequest;
import org.caresettle.batch.users.ConsoleUser;
import org.caresettle.batch.users.Role;
import org.caresettle.batch.users.UserStore;
import org.caresettle.batch.users.Usernames;
import org.caresettle.core.value.MunicipalityCode;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code user add|list|disable|password}: the console's local users (issue 13), managed on the
 * server's command line only, so no default user or password ships. A password comes from standard
 * input, never from an argument (which {@code ps} and the shell history would show). Every change is
 * written to the audit trail as {@link AuditAction#USER_CHANGED} by the operating-system user.
 */
@Command(name = "user", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Console users: add, list, disable, or set a new password.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Disable.class,
                UserCommand.Password.class})
final class UserCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "no user command given (add, list, disable, password)");
    }

    /** A {@code user} subcommand: named "user add" etc. in messages, without a run record or lock. */
    abstract static class UserSubcommand extends ContextCommand {

        @Override
        String name() {
            return "user " + spec.name();
        }

        @Override
        RunRequest request() {
            return new RunRequest(name(), Map.of(), null, null, null, null);
        }

        /** Who made the change, as the audit trail keeps it. */
        static String operatingSystemUser() {
            return "cli:" + System.getProperty("user.name");
        }

        static void audit(ApplicationContext context, String username, String detail) {
            context.getBean(AuditTrail.class).record(operatingSystemUser(), AuditAction.USER_CHANGED, username, null,
                    detail);
        }

        void requireValidName(String username) {
            if (!Usernames.isValid(username)) {
                throw new ParameterException(spec.commandLine(), "a user name is 1 to " + Usernames.MAX_LENGTH
                        + " letters, digits and . _ - @: '" + username + "'");
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
            description = "Add a user; the password is read from standard input (one line, at least "
                    + PasswordInput.MIN_LENGTH + " characters).")
    static final class Add extends UserSubcommand {

        @Parameters(index = "0", paramLabel = "NAME", description = "1 to 100 letters, digits and . _ - @.")
        String username;
        @Option(names = "--role", required = true, paramLabel = "ROLE", converter = RoleConverter.class,
                description = "finance, municipality, auditor, operator or privacy.")
        Role role;
        @Option(names = "--municipality", paramLabel = "CODE", converter = ExplainCommand.MunicipalityConverter.class,
                description = "A municipality (4-digit CBS code) a municipality user may see; repeat for more.")
        List<MunicipalityCode> municipalities = new ArrayList<>();
        @Option(names = "--password-stdin", required = true,
                description = "Read the password from standard input (required: never from an argument).")
        boolean passwordStdin;

        private ConsoleUser user;
        private String password;

        @Override
        void check() {
            requireValidName(username);
            try {
                user = new ConsoleUser(username, role, Set.copyOf(municipalities), true);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            password = PasswordInput.read(in(), spec.commandLine());
        }

        @Override
        int run(ApplicationContext context, PrintStream out) {
            UserStore store = context.getBean(UserStore.class);
            Set<String> unknown = store.unknownMunicipalities(user.municipalities());
            if (!unknown.isEmpty()) {
                throw new RefusedException("no such municipality in the reference data: " + String.join(", ", unknown));
            }
            if (!store.add(user, context.getBean(PasswordEncoder.class).encode(password))) {
                throw new RefusedException("user '" + username + "' exists already");
            }
            String detail = "added, role " + role + (user.municipalities().isEmpty() ? ""
                    : ", municipalities " + String.join(" ", user.municipalityCodes()));
            audit(context, username, detail);
            out.println("user: added " + username + " (" + role.name().toLowerCase(Locale.ROOT) + ")");
            return ExitCode.DONE;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
            description = "List the users: name, role, municipalities, enabled.")
    static final class ListUsers extends UserSubcommand {

        private static final String ROW = "%-30s %-13s %-20s %s%n";

        @Override
        int run(ApplicationContext context, PrintStream out) {
            out.printf(ROW, "NAME", "ROLE", "MUNICIPALITIES", "ENABLED");
            for (ConsoleUser user : context.getBean(UserStore.class).list()) {
                String municipalities = user.municipalities().isEmpty() ? "-" : String.join(" ", user.municipalityCodes());
                out.printf(ROW, user.username(), user.role().name().toLowerCase(Locale.ROOT), municipalities,
                        user.enabled() ? "yes" : "no");
            }
            return ExitCode.DONE;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
            description = "Disable a user: they can no longer sign in (users are never deleted).")
    static final class Disable extends UserSubcommand {

        @Parameters(index = "0", paramLabel = "NAME")
        String username;

        @Override
        void check() {
            requireValidName(username);
        }

        @Override
        int run(ApplicationContext context, PrintStream out) {
            if (!context.getBean(UserStore.class).disable(username)) {
                throw new RefusedException("no such user: '" + username + "'");
            }
            audit(context, username, "disabled");
            out.println("user: disabled " + username);
            return ExitCode.DONE;
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
            description = "Set a new password, read from standard input (one line, at least "
                    + PasswordInput.MIN_LENGTH + " characters).")
    static final class Password extends UserSubcommand {

        @Parameters(index = "0", paramLabel = "NAME")
        String username;
        @Option(names = "--password-stdin", required = true,
                description = "Read the password from standard input (required: never from an argument).")
        boolean passwordStdin;

        private String password;

        @Override
        void check() {
            requireValidName(username);
            password = PasswordInput.read(in(), spec.commandLine());
        }

        @Override
        int run(ApplicationContext context, PrintStream out) {
            String hash = context.getBean(PasswordEncoder.class).encode(password);
            if (!context.getBean(UserStore.class).changePassword(username, hash)) {
                throw new RefusedException("no such user: '" + username + "'");
            }
            audit(context, username, "password changed");
            out.println("user: new password for " + username);
            return ExitCode.DONE;
        }
    }

    /** A role as typed, in any case: {@code finance} or {@code FINANCE}. */
    static final class RoleConverter implements ITypeConverter<Role> {
        @Override
        public Role convert(String text) {
            try {
                return Role.valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("must be finance, municipality, auditor, operator or privacy: '" + text + "'");
            }
        }
    }
}
