package org.accord.ui.workshop.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import org.accord.domain.guide.BlindEntry.SettledBy;
import org.junit.jupiter.api.Test;

/** The blind entry's sentences: role names keep their capitals mid-sentence, and one letter is not "1 letters". */
class BlindEntryWordsTest {

    @Test
    void settledByKeepsTheRoleInCapitals() {
        assertThat(BlindEntryPane.settledBy(SettledBy.CMO_VIEW)).isEqualTo("the CMO's letter");
        assertThat(BlindEntryPane.settledBy(SettledBy.CIO_VIEW)).isEqualTo("the CIO's letter");
        assertThat(BlindEntryPane.settledBy(SettledBy.OTHER)).isEqualTo("another answer");
    }

    @Test
    void oneLetterIsSingular() {
        assertThat(BlindEntryPane.letters(1)).isEqualTo("1 letter");
        assertThat(BlindEntryPane.letters(0)).isEqualTo("0 letters");
        assertThat(BlindEntryPane.letters(12)).isEqualTo("12 letters");
    }
}
