package dev.junction.designer.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSearchTest {

    @Test
    void matchesLiterallyIgnoringCase() {
        LogSearch search = new LogSearch("Error[1]");
        assertThat(search.matches("an error[1] here")).isTrue();
        assertThat(search.matches("an error1 here")).isFalse();
        assertThat(LogSearch.NONE.matches("anything")).isFalse();
    }

    @Test
    void rangesAreEveryNonOverlappingOccurrence() {
        assertThat(new LogSearch("aa").ranges("aaaXaA"))
                .containsExactly(new int[] {0, 2}, new int[] {4, 6});
        assertThat(new LogSearch("zz").ranges("abc")).isEmpty();
    }
}
