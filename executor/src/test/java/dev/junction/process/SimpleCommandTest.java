package dev.junction.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SimpleCommandTest {

    @Test
    void aPlainCommandIsSplitIntoWords() {
        assertThat(SimpleCommand.words("  mvn -q\t-B   package \n")).contains(List.of("mvn", "-q", "-B", "package"));
    }

    @Test
    void argumentsWithEqualsSignsOrPathsStayPlain() {
        assertThat(SimpleCommand.words("make CC=gcc ./src/main.c --out=build/x,y@z%"))
                .contains(List.of("make", "CC=gcc", "./src/main.c", "--out=build/x,y@z%"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"echo $HOME", "echo `date`", "echo \"a b\"", "echo 'a'", "echo a\\ b", "ls | wc",
            "a && b", "sleep 1 &", "a; b", "cat < in", "echo > out", "(cd x)", "echo {a,b}", "ls [ab]", "ls *.txt",
            "ls ?", "ls ~", "echo # comment", "! false", "echo one\necho two", "echo a\rb"})
    void shellSyntaxNeedsTheShell(String script) {
        assertThat(SimpleCommand.words(script)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cd build", "export A", "source env.sh", ". env.sh", "exit 3", "set -x", "eval x",
            "exec java", "ulimit -n", "umask 022", "alias ll", "if true", "for x", "while true", "case x", "pwd",
            "time make", "read x", "wait", "trap x", "unset A"})
    void builtinsAndKeywordsNeedTheShell(String script) {
        assertThat(SimpleCommand.words(script)).isEmpty();
    }

    @Test
    void anAssignmentAsFirstWordNeedsTheShell() {
        assertThat(SimpleCommand.words("FOO=bar make")).isEmpty();
    }

    @Test
    void anEmptyScriptIsNotACommand() {
        assertThat(SimpleCommand.words(" \n ")).isEmpty();
    }
}
