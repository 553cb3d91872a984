package org.accord.domain;

import static org.accord.domain.Fixtures.workshop;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditHistoryTest {
    @Test
    void undoThenRedoWalksBothWaysAndANewEditClearsRedo() {
        Workshop v0 = workshop("One");
        Workshop v1 = workshop("One", "Two");
        Workshop v2 = workshop("One", "Two", "Three");
        EditHistory history = new EditHistory(10);
        history.record("Add Two", v0, v1);
        history.record("Add Three", v1, v2);
        assertThat(history.nextUndo()).contains("Add Three");
        assertThat(history.undo().orElseThrow().before()).isEqualTo(v1);
        assertThat(history.nextRedo()).contains("Add Three");
        assertThat(history.redo().orElseThrow().after()).isEqualTo(v2);
        history.undo();
        history.record("Something else", v1, v0);
        assertThat(history.nextRedo()).isEmpty();
    }

    @Test
    void historyIsBounded() {
        EditHistory history = new EditHistory(2);
        Workshop w = workshop("One");
        history.record("1", w, w);
        history.record("2", w, w);
        history.record("3", w, w);
        assertThat(history.undo()).isPresent();
        assertThat(history.undo()).isPresent();
        assertThat(history.undo()).isEmpty();
    }
}
