package org.caresettle.batch.guides;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commands of a guide, read from its fenced {@code sh} blocks, in the order a reader meets them.
 *
 * <p>The conventions (also in {@code docs/README.md}):
 * <ul>
 * <li>Only blocks tagged {@code sh} are read. Commands the test cannot run (the build, {@code psql},
 *     {@code pg_dump}, {@code crontab}, anything naming PostgreSQL) go in blocks tagged otherwise
 *     ({@code shell}, {@code text}, {@code cron}, {@code properties}) and are skipped on purpose.</li>
 * <li>A line ending in {@code \} continues on the next. Blank lines and lines starting with {@code #}
 *     are skipped.</li>
 * <li>A command ends, optionally, with a comment {@code # exit N}: the exit status the guide promises;
 *     without one, 0. Any other trailing comment is just a comment.</li>
 * <li>Words are split on spaces; single and double quotes group words, as in a shell. No variables,
 *     pipes or redirections.</li>
 * </ul>
 */
record GuideScript(String guide, List<Command> commands) {

    static final String JAR = "java -jar batch-jobs/target/settlement.jar";

    private static final Pattern FENCE = Pattern.compile("^```\\s*([A-Za-z0-9_-]*)\\s*$");
    private static final Pattern EXIT = Pattern.compile("#\\s*exit\\s+(\\d+)\\s*$");

    /** One command line of a guide: its words, the exit status it promises, and where it stands. */
    record Command(String guide, int line, String text, List<String> words, int expectedExit) {

        boolean isSettlement() {
            return words.size() >= 3 && words.get(0).equals("java") && words.get(1).equals("-jar")
                    && words.get(2).equals("batch-jobs/target/settlement.jar");
        }

        /** The arguments after the jar. */
        List<String> settlementArguments() {
            return words.subList(3, words.size());
        }

        @Override
        public String toString() {
            return guide + ":" + line + ": " + text;
        }
    }

    static GuideScript read(Path guide) throws IOException {
        List<String> lines = Files.readAllLines(guide);
        List<Command> commands = new ArrayList<>();
        String name = guide.getFileName().toString();
        boolean inSh = false;
        boolean inOther = false;
        StringBuilder pending = null;
        int pendingLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher fence = FENCE.matcher(line.strip());
            if (!inSh && !inOther && fence.matches()) {
                inSh = fence.group(1).equals("sh");
                inOther = !inSh;
                continue;
            }
            if ((inSh || inOther) && line.strip().equals("```")) {
                if (pending != null) {
                    throw new IllegalStateException(name + ":" + pendingLine + ": block ends inside a continued line");
                }
                inSh = false;
                inOther = false;
                continue;
            }
            if (!inSh) {
                continue;
            }
            String text = line.strip();
            if (pending == null && (text.isEmpty() || text.startsWith("#"))) {
                continue;
            }
            if (pending == null) {
                pending = new StringBuilder();
                pendingLine = i + 1;
            }
            if (text.endsWith("\\")) {
                pending.append(text, 0, text.length() - 1).append(' ');
                continue;
            }
            pending.append(text);
            commands.add(command(name, pendingLine, pending.toString()));
            pending = null;
        }
        if (inSh || inOther) {
            throw new IllegalStateException(name + ": a fenced block is not closed");
        }
        return new GuideScript(name, List.copyOf(commands));
    }

    private static Command command(String guide, int line, String text) {
        int expected = 0;
        String body = text;
        int comment = commentStart(text);
        if (comment >= 0) {
            Matcher exit = EXIT.matcher(text.substring(comment));
            if (exit.matches()) {
                expected = Integer.parseInt(exit.group(1));
            }
            body = text.substring(0, comment).strip();
        }
        return new Command(guide, line, body, words(body, guide + ":" + line), expected);
    }

    /** Where a {@code #} comment starts (a {@code #} after a space, outside quotes), or -1. */
    private static int commentStart(String text) {
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    static List<String> words(String text, String where) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                if (word == null) {
                    word = new StringBuilder();
                }
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if ("|<>;&$`*".indexOf(c) >= 0) {
                throw new IllegalStateException(where + ": '" + c + "' needs a shell; put the command in a ```shell block");
            } else {
                if (word == null) {
                    word = new StringBuilder();
                }
                word.append(c);
            }
        }
        if (quote != 0) {
            throw new IllegalStateException(where + ": unclosed quote");
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
