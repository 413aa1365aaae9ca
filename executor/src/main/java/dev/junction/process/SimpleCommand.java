package dev.junction.process;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a script that a POSIX shell would run as exactly one plain program with literal arguments,
 * so that it can be started directly, without a shell in between.
 *
 * <p>Why: most steps are one command ({@code mvn -q package}, {@code npm test}). Starting bash only to have
 * it start that program costs a second fork/exec per step; GNU make skips the shell for the same reason.
 * The rule is deliberately conservative: any character a shell treats specially (quotes, expansions,
 * redirections, globs, comments, several lines), an assignment as the first word, or a first word that is a
 * builtin or keyword (whose meaning differs from a program of the same name) makes the script go to the
 * shell, which then behaves exactly as users expect. Thread-safe, stateless.
 */
public final class SimpleCommand {

    /** Characters with a meaning to sh/bash; one of them anywhere sends the script to the shell. */
    static final String SHELL_CHARACTERS = "$`\"'\\|&;<>(){}[]*?~#!\n\r";

    /** Builtins and keywords of sh and bash; as first word they send the script to the shell. */
    static final Set<String> SHELL_WORDS = Set.of(
            ".", ":", "alias", "bg", "bind", "break", "builtin", "caller", "case", "cd", "command", "compgen",
            "complete", "compopt", "continue", "coproc", "declare", "dirs", "disown", "do", "done", "elif", "else",
            "enable", "esac", "eval", "exec", "exit", "export", "fc", "fg", "fi", "for", "function", "getopts",
            "hash", "help", "history", "if", "in", "jobs", "let", "local", "logout", "mapfile", "popd", "pushd",
            "pwd", "read", "readarray", "readonly", "return", "select", "set", "shift", "shopt", "source",
            "suspend", "then", "time", "times", "trap", "type", "typeset", "ulimit", "umask", "unalias", "unset",
            "until", "wait", "while");

    private SimpleCommand() {}

    /**
     * The words of {@code script} when it is one plain command, split on spaces and tabs.
     *
     * @return the program and its arguments, or empty when the script needs a shell
     */
    public static Optional<List<String>> words(String script) {
        String trimmed = script.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < trimmed.length(); i++) {
            if (SHELL_CHARACTERS.indexOf(trimmed.charAt(i)) >= 0) {
                return Optional.empty();
            }
        }
        List<String> words = List.of(trimmed.split("[ \t]+"));
        String first = words.getFirst();
        if (first.contains("=") || SHELL_WORDS.contains(first)) {
            return Optional.empty();
        }
        return Optional.of(words);
    }
}
