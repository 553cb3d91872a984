package org.accord.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** How messages quote what they were given, and how names keep out the characters that turn a line around. */
class MessagesTest {
    @Test
    void aLongValueIsQuotedAsItsFirstFortyCharactersOnOneLine() {
        String value = "Line one\nline two\t" + "x".repeat(19_000_000);
        String quoted = Messages.quote(value);
        assertThat(quoted).isEqualTo("\"Line one line two " + "x".repeat(22) + "…\"");
        assertThat(Messages.quote("CIO")).isEqualTo("\"CIO\"");
    }

    @Test
    void aClauseTakenFromElsewhereLeavesExactlyOneFullStopToTheSentence() {
        assertThat(Messages.sentence("The notes are too long: at most 10000 characters.")).endsWith("characters.")
                .doesNotContain("..");
        assertThat(Messages.sentence("No space left on device")).isEqualTo("No space left on device.");
        assertThat(Messages.clause("y".repeat(5_000_000))).hasSizeLessThan(400);
    }

    @Test
    void aDuplicateNameIsReportedWithAnExcerptOfIt() {
        String name = "Vendor selection " + "z".repeat(180);
        Workshop w = Fixtures.workshop();
        String group = w.groups().get(0);
        Workshop with = w.withActivityAdded(Activity.create(name, "", group));
        assertThatThrownBy(() -> with.withActivityAdded(Activity.create(name, "", group)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("called \"Vendor selection " + "z".repeat(23) + "…\"")
                .hasMessageEndingWith("Choose another name.");
    }

    @Test
    void namesAndTextsLeaveOutDirectionOverridesButKeepTheMarksRightToLeftNamesUse() {
        assertThat(Names.clean("Budget \u202Egpj.exe\u202C review", "the activity name")).isEqualTo("Budget gpj.exe review");
        assertThat(Names.clean("\u2067שיווק\u2069 lead", "the role name")).isEqualTo("שיווק lead");
        assertThat(Names.cleanText("why\u202D this\nsplit", "the rationale")).isEqualTo("why this\nsplit");
        assertThat(Names.clean("שיווק (CMO)\u200F", "the role name")).isEqualTo("שיווק (CMO)\u200F");
    }

    @Test
    void aTerminalLineShowsControlAndDirectionCharactersAsCodes() {
        assertThat(Names.forTerminal("Budget \u202Egpj.exe\u202C\u001B[2J")).isEqualTo("Budget <U+202E>gpj.exe<U+202C><U+001B>[2J");
        assertThat(Names.forTerminal("王芳 Spring")).isEqualTo("王芳 Spring");
    }
}
