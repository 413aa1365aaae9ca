package dev.junction.designer.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The highlighter's tokens: what each piece of a workflow file is coloured as, also while it is broken. */
class YamlLexerTest {

    /** "text=TYPE" for every token of every line, for readable expectations. */
    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        List<YamlLexer.Line> lexed = YamlLexer.lex(text);
        assertThat(lexed).hasSize(lines.length);
        for (int i = 0; i < lexed.size(); i++) {
            for (YamlLexer.Token t : lexed.get(i).tokens()) {
                out.add(lines[i].substring(t.start(), t.end()) + "=" + t.type());
            }
        }
        return out;
    }

    @Test
    void keysValuesNumbersConstantsAndComments() {
        assertThat(tokens("""
                name: demo # the name
                max-parallel: 4
                enabled: true
                ratio: -1.5e3
                nothing: ~
                """)).containsExactly("name=KEY", ":=PUNCTUATION", "demo=STRING", "# the name=COMMENT",
                "max-parallel=KEY", ":=PUNCTUATION", "4=NUMBER",
                "enabled=KEY", ":=PUNCTUATION", "true=CONSTANT",
                "ratio=KEY", ":=PUNCTUATION", "-1.5e3=NUMBER",
                "nothing=KEY", ":=PUNCTUATION", "~=CONSTANT");
    }

    @Test
    void templatesAreMarkedInsidePlainQuotedAndBlockValues() {
        assertThat(tokens("""
                steps:
                  a:
                    log: "hi {{ inputs.who }}!"
                    if: '{{ steps.b.outputs.ok }}'
                    run: |
                      echo {{ inputs.x }} # not a comment
                      done
                    url: https://{{ host }}/x
                """)).containsExactly("steps=KEY", ":=PUNCTUATION", "a=KEY", ":=PUNCTUATION",
                "log=KEY", ":=PUNCTUATION", "\"hi =STRING", "{{ inputs.who }}=TEMPLATE", "!\"=STRING",
                "if=KEY", ":=PUNCTUATION", "'=STRING", "{{ steps.b.outputs.ok }}=TEMPLATE", "'=STRING",
                "run=KEY", ":=PUNCTUATION", "|=PUNCTUATION",
                "echo =BLOCK", "{{ inputs.x }}=TEMPLATE", " # not a comment=BLOCK",
                "done=BLOCK",
                "url=KEY", ":=PUNCTUATION", "https://=STRING", "{{ host }}=TEMPLATE", "/x=STRING");
    }

    @Test
    void aBlockScalarEndsAtTheFirstLessIndentedLineAndKeepsBlankLines() {
        assertThat(tokens("""
                a:
                  run: >-
                    one: not a key

                    two
                  next: 1
                """)).containsExactly("a=KEY", ":=PUNCTUATION", "run=KEY", ":=PUNCTUATION", ">-=PUNCTUATION",
                "one: not a key=BLOCK", "two=BLOCK", "next=KEY", ":=PUNCTUATION", "1=NUMBER");
    }

    @Test
    void flowCollectionsAnchorsAliasesTagsAndQuotedKeys() {
        assertThat(tokens("""
                needs: [build, "test"]
                base: &defaults {timeout: 5m, retry: 3}
                other: *defaults
                "quoted key": !!str 42
                - item
                ---
                """)).containsExactly("needs=KEY", ":=PUNCTUATION", "[=PUNCTUATION", "build=STRING", ",=PUNCTUATION",
                "\"test\"=STRING", "]=PUNCTUATION",
                "base=KEY", ":=PUNCTUATION", "&defaults=ANCHOR", "{=PUNCTUATION", "timeout=KEY", ":=PUNCTUATION",
                "5m=STRING", ",=PUNCTUATION", "retry=KEY", ":=PUNCTUATION", "3=NUMBER", "}=PUNCTUATION",
                "other=KEY", ":=PUNCTUATION", "*defaults=ANCHOR",
                "\"quoted key\"=KEY", ":=PUNCTUATION", "!!str=ANCHOR", "42=NUMBER",
                "-=PUNCTUATION", "item=STRING", "---=DOCUMENT");
    }

    @Test
    void brokenTextStillHighlightsAndAnUnclosedQuoteRunsToItsEnd() {
        assertThat(tokens("""
                a: "open
                  still open" # closed
                b: [1, 2
                c: 3
                """)).containsExactly("a=KEY", ":=PUNCTUATION", "\"open=STRING", "  still open\"=STRING",
                "# closed=COMMENT", "b=KEY", ":=PUNCTUATION", "[=PUNCTUATION", "1=NUMBER", ",=PUNCTUATION", "2=NUMBER",
                "c=KEY", ":=PUNCTUATION", "3=NUMBER");
    }

    @Test
    void windowsLineBreaksAreNotPartOfAnyToken() {
        List<YamlLexer.Line> lines = YamlLexer.lex("a: 1\r\nb: x\r\n");
        assertThat(lines).extracting(YamlLexer.Line::length).containsExactly(4, 4, 0);
        assertThat(lines.get(1).tokens().getLast()).isEqualTo(new YamlLexer.Token(3, 4, YamlToken.STRING));
    }
}
