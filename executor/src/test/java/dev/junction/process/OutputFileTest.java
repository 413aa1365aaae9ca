package dev.junction.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {

    @TempDir
    Path dir;

    @Test
    void keyValueLinesAndHeredocsAreRead() throws Exception {
        Path file = dir.resolve("output");
        Files.writeString(file, """
                version=1.2.3
                url=https://x.test/?a=b

                empty=
                notes<<EOF
                first line
                  second = line
                EOF
                version=1.2.4
                """);

        assertThat(OutputFile.read(file)).containsExactly(
                entry("version", "1.2.4"),
                entry("url", "https://x.test/?a=b"),
                entry("empty", ""),
                entry("notes", "first line\n  second = line"));
    }

    @Test
    void windowsLineEndingsAreAccepted() throws Exception {
        assertThat(OutputFile.parse("a=1\r\nb<<END\r\nx\r\nEND\r\n")).containsExactly(entry("a", "1"), entry("b", "x"));
    }

    @Test
    void anEmptyHeredocIsAnEmptyValue() throws Exception {
        assertThat(OutputFile.parse("a<<EOF\nEOF\n")).containsExactly(entry("a", ""));
    }

    @Test
    void aMissingFileHasNoOutputs() throws Exception {
        assertThat(OutputFile.read(dir.resolve("none"))).isEmpty();
    }

    @Test
    void aLineWithoutEqualsOrHeredocIsReportedWithItsNumber() {
        assertThatThrownBy(() -> OutputFile.parse("a=1\n\njust some text\n"))
                .isInstanceOf(OutputFile.MalformedException.class)
                .hasMessage("$JUNCTION_OUTPUT line 3: expected key=value or key<<DELIMITER, got 'just some text'");
    }

    @Test
    void anUnclosedHeredocIsReported() {
        assertThatThrownBy(() -> OutputFile.parse("a=1\nlog<<EOF\nline\n"))
                .isInstanceOf(OutputFile.MalformedException.class)
                .hasMessage("$JUNCTION_OUTPUT line 2: the value of 'log' is never closed by a line 'EOF'");
    }

    @Test
    void aValueWithoutNameIsReported() {
        assertThatThrownBy(() -> OutputFile.parse("=value\n"))
                .hasMessage("$JUNCTION_OUTPUT line 1: the output has no name before '=' or '<<'");
        assertThatThrownBy(() -> OutputFile.parse("x<<\n"))
                .hasMessageContaining("line 1: 'x<<' has no delimiter after '<<'");
    }
}
