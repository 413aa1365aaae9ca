package dev.junction.designer.actions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FuzzyMatchTest {

    @Test
    void emptyQueryMatchesEverything() {
        assertThat(FuzzyMatch.score("", "Save")).isZero();
        assertThat(FuzzyMatch.score("   ", "Save")).isZero();
    }

    @Test
    void lettersMustAppearInOrder() {
        assertThat(FuzzyMatch.score("sv", "Save")).isNotEqualTo(FuzzyMatch.NO_MATCH);
        assertThat(FuzzyMatch.score("vs", "Save")).isEqualTo(FuzzyMatch.NO_MATCH);
        assertThat(FuzzyMatch.score("x", "Save")).isEqualTo(FuzzyMatch.NO_MATCH);
    }

    @Test
    void matchingIgnoresCaseAndSpacesInTheQuery() {
        assertThat(FuzzyMatch.score("YAML ONLY", "View: YAML Only")).isNotEqualTo(FuzzyMatch.NO_MATCH);
        assertThat(FuzzyMatch.score("yamlonly", "View: YAML Only")).isNotEqualTo(FuzzyMatch.NO_MATCH);
    }

    @Test
    void initialsOfWordsBeatScatteredLetters() {
        int initials = FuzzyMatch.score("rss", "Run Selected Step");
        int scattered = FuzzyMatch.score("rss", "Refresh Workspace Settings");
        assertThat(initials).isGreaterThan(scattered);
    }

    @Test
    void consecutiveLettersBeatSpreadOnes() {
        assertThat(FuzzyMatch.score("tidy", "Tidy Layout")).isGreaterThan(FuzzyMatch.score("tidy", "Toggle Inspector Display Y"));
    }

    @Test
    void jumpingToAWordStartNeverLosesAMatch() {
        // 'b' also starts the word "b" at the end; jumping there would leave no 'c' after it
        assertThat(FuzzyMatch.score("bc", "xbc b")).isNotEqualTo(FuzzyMatch.NO_MATCH);
    }
}
