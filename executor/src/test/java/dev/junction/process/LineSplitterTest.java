package dev.junction.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {

    private final List<String> lines = new ArrayList<>();
    private final LineSplitter splitter = new LineSplitter(lines::add, StandardCharsets.UTF_8);

    @Test
    void newlinesCarriageReturnsAndWindowsEndingsEndLines() {
        write("a\nb\r\nc\rd\n\ne");
        assertThat(lines).containsExactly("a", "b", "c", "d", "");
        splitter.close();
        assertThat(lines).containsExactly("a", "b", "c", "d", "", "e");
    }

    @Test
    void aLineSplitAcrossWritesIsOneLine() {
        write("hel");
        write("lo\r");
        write("\nnext\n");
        assertThat(lines).containsExactly("hello", "next");
    }

    @Test
    void aVeryLongLineIsDeliveredInPiecesWithoutBreakingCharacters() {
        String longLine = "é".repeat(LineSplitter.MAX_LINE_BYTES); // two bytes each
        write(longLine + "\n");

        assertThat(lines).hasSizeGreaterThan(1).allMatch(l -> l.getBytes(StandardCharsets.UTF_8).length
                <= LineSplitter.MAX_LINE_BYTES);
        assertThat(String.join("", lines)).isEqualTo(longLine);
    }

    @Test
    void afterDetachingNothingIsDelivered() {
        write("before\n");
        splitter.detach();
        write("after\n");
        assertThat(lines).containsExactly("before");
    }

    private void write(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        splitter.write(bytes, 0, bytes.length);
    }
}
