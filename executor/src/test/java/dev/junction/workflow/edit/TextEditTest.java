package dev.junction.workflow.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextEditTest {

    @Test
    void editsApplyAgainstTheOriginalOffsetsInAnyOrder() {
        String text = "alpha beta gamma";
        List<TextEdit> edits = List.of(
                TextEdit.replace(11, 16, "GAMMA"),
                TextEdit.insert(0, ">> "),
                TextEdit.replace(6, 10, "b"));

        assertThat(TextEdit.apply(text, edits)).isEqualTo(">> alpha b GAMMA");
    }

    @Test
    void inverseEditsRestoreTheOriginal() {
        String text = "one\ntwo\nthree\n";
        List<TextEdit> edits = List.of(TextEdit.replace(4, 8, ""), TextEdit.insert(14, "four\n"), TextEdit.replace(0, 3, "ONE!"));
        String changed = TextEdit.apply(text, edits);

        assertThat(changed).isEqualTo("ONE!\nthree\nfour\n");
        assertThat(TextEdit.apply(changed, TextEdit.inverse(text, edits))).isEqualTo(text);
    }

    @Test
    void anInsertRightAfterAReplacementIsNotAnOverlap() {
        assertThat(TextEdit.apply("abc", List.of(TextEdit.insert(2, "+"), TextEdit.replace(0, 2, "AB")))).isEqualTo("AB+c");
    }

    @Test
    void overlappingEditsAreRejected() {
        assertThatThrownBy(() -> TextEdit.apply("abcdef", List.of(TextEdit.replace(0, 3, "x"), TextEdit.replace(2, 4, "y"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlapping");
        assertThatThrownBy(() -> TextEdit.apply("abc", List.of(TextEdit.insert(1, "x"), TextEdit.insert(1, "y"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlapping");
    }

    @Test
    void editsOutsideTheTextAreRejected() {
        assertThatThrownBy(() -> TextEdit.apply("abc", List.of(TextEdit.replace(2, 5, ""))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
        assertThatThrownBy(() -> new TextEdit(-1, 0, "")).isInstanceOf(IllegalArgumentException.class);
    }
}
