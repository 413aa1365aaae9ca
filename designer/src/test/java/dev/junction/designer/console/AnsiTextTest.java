package dev.junction.designer.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnsiTextTest {

    @Test
    void plainLineIsOneDefaultSpan() {
        assertThat(AnsiText.spans("hello world"))
                .containsExactly(new AnsiText.Span("hello world", -1, false, false, false, false));
        assertThat(AnsiText.hasEscapes("hello")).isFalse();
    }

    @Test
    void foregroundColoursBoldAndResetBecomeSpans() {
        List<AnsiText.Span> spans = AnsiText.spans("\u001b[31merror\u001b[0m: \u001b[1;92mok\u001b[22m done\u001b[39m!");
        assertThat(spans).containsExactly(
                new AnsiText.Span("error", 1, false, false, false, false),
                new AnsiText.Span(": ", -1, false, false, false, false),
                new AnsiText.Span("ok", 10, true, false, false, false),
                new AnsiText.Span(" done", 10, false, false, false, false),
                new AnsiText.Span("!", -1, false, false, false, false));
    }

    @Test
    void emptySgrResetsAndPaletteIndexMapsTheFirstSixteen() {
        assertThat(AnsiText.spans("\u001b[33ma\u001b[mb\u001b[38;5;12mc\u001b[38;5;200md"))
                .extracting(AnsiText.Span::text, AnsiText.Span::color)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 3), org.assertj.core.groups.Tuple.tuple("b", -1),
                        org.assertj.core.groups.Tuple.tuple("c", 12), org.assertj.core.groups.Tuple.tuple("d", -1));
    }

    @Test
    void otherEscapeSequencesAreDroppedAndCarriageReturnKeepsTheLastRedraw() {
        assertThat(AnsiText.strip("\u001b[2K\u001b[1Gprogress 10%\rprogress 100%")).isEqualTo("progress 100%");
        assertThat(AnsiText.strip("\u001b]0;title\u0007text\u001b[?25h")).isEqualTo("text");
        assertThat(AnsiText.strip("broken \u001b[31")).isEqualTo("broken ");
        assertThat(AnsiText.strip("line\r")).isEqualTo("line");
    }

    @Test
    void backgroundAndTrueColourCodesAreIgnoredWithoutEatingText() {
        assertThat(AnsiText.spans("\u001b[41;38;2;1;2;3;4mx"))
                .containsExactly(new AnsiText.Span("x", -1, false, false, false, true));
    }
}
