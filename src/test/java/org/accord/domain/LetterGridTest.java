package org.accord.domain;

import static org.accord.domain.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The matrix's letters row by row: a read-only map like any other, and the differences saving writes. */
class LetterGridTest {
    private final Random random = new Random(7);

    private static Workshop matrix(int activities, int roles) {
        List<Role> roleList = IntStream.range(0, roles)
                .mapToObj(i -> Role.create("Role " + i, "R" + i, i % 2 == 0 ? Side.IT : Side.MARKETING)).toList();
        List<Activity> activityList = IntStream.range(0, activities)
                .mapToObj(i -> Activity.create("Activity " + i, "", "Data")).toList();
        return Workshop.create(new WorkshopDetails("Grid", "", LocalDate.of(2026, 11, 22), "", ""), T0,
                List.of("Data"), roleList, activityList);
    }

    private Cell anyCell(Workshop w) {
        return new Cell(w.activities().get(random.nextInt(w.activities().size())).id(),
                w.roles().get(random.nextInt(w.roles().size())).id());
    }

    private Raci anyLetterOrNone() {
        int n = random.nextInt(Raci.values().length + 1);
        return n == Raci.values().length ? null : Raci.values()[n];
    }

    /** What the letters should be: a plain map kept beside the workshop, edit for edit. */
    private static void apply(Map<Cell, Raci> model, Cell cell, Raci letter) {
        if (letter == null) {
            model.remove(cell);
        } else {
            model.put(cell, letter);
        }
    }

    @Test
    void afterAnyEditsTheLettersReadLikeAPlainMapOfTheSameCells() {
        Workshop w = matrix(20, 6);
        Map<Cell, Raci> model = new HashMap<>();
        for (int i = 0; i < 400; i++) {
            Cell cell = anyCell(w);
            Raci letter = anyLetterOrNone();
            w = w.withLetter(cell.activityId(), cell.roleId(), letter);
            apply(model, cell, letter);
        }
        Map<Cell, Raci> letters = w.letters();
        assertThat(letters).hasSameSizeAs(model).isEqualTo(model);
        assertThat(model).isEqualTo(letters);
        assertThat(letters.hashCode()).isEqualTo(model.hashCode());
        assertThat(new HashMap<>(letters)).isEqualTo(model); // through entrySet()
        Map<Cell, Raci> seen = new HashMap<>();
        letters.forEach(seen::put);
        assertThat(seen).isEqualTo(model);
        for (Activity a : w.activities()) {
            for (Role r : w.roles()) {
                Cell cell = new Cell(a.id(), r.id());
                assertThat(letters.get(cell)).isEqualTo(model.get(cell));
                assertThat(letters.containsKey(cell)).isEqualTo(model.containsKey(cell));
            }
        }
        assertThat(letters.get(new Cell(UUID.randomUUID(), w.roles().get(0).id()))).isNull();
        assertThat(letters.get("not a cell")).isNull();
    }

    @Test
    void lettersComeInScreenOrderAndCannotBeChanged() {
        Workshop w = matrix(3, 3);
        w = w.withLetter(w.activities().get(2).id(), w.roles().get(0).id(), Raci.I)
                .withLetter(w.activities().get(0).id(), w.roles().get(2).id(), Raci.A)
                .withLetter(w.activities().get(0).id(), w.roles().get(1).id(), Raci.R);
        assertThat(w.letters().values()).containsExactly(Raci.R, Raci.A, Raci.I);
        Map<Cell, Raci> letters = w.letters();
        Cell cell = letters.keySet().iterator().next();
        assertThatThrownBy(() -> letters.put(cell, Raci.C)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> letters.remove(cell)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(letters::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> letters.entrySet().iterator().next().setValue(Raci.C))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rowsAndColumnsArePositionsInScreenOrderReadOnlyAndFollowAMove() {
        Workshop w = Fixtures.workshop("Analytics", "Vendors", "Campaigns");
        assertThat(w.activityPositions()).containsExactlyInAnyOrderEntriesOf(Map.of(
                Fixtures.activity(w, "Analytics").id(), 0, Fixtures.activity(w, "Vendors").id(), 1,
                Fixtures.activity(w, "Campaigns").id(), 2));
        assertThat(w.rolePositions()).containsExactlyInAnyOrderEntriesOf(Map.of(
                Fixtures.role(w, "CIO").id(), 0, Fixtures.role(w, "CMO").id(), 1));
        Workshop moved = w.withRoleMoved(Fixtures.role(w, "CMO").id(), -1)
                .withActivityMoved(Fixtures.activity(w, "Campaigns").id(), -1);
        assertThat(moved.rolePositions()).containsEntry(Fixtures.role(w, "CMO").id(), 0);
        assertThat(moved.activityPositions()).containsEntry(Fixtures.activity(w, "Campaigns").id(), 1)
                .containsEntry(Fixtures.activity(w, "Vendors").id(), 2);
        assertThatThrownBy(() -> w.rolePositions().put(UUID.randomUUID(), 5))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void settingTheLetterACellHoldsKeepsTheSameLetters() {
        Workshop w = Fixtures.set(Fixtures.workshop("Analytics"), "Analytics", "CIO", Raci.A);
        Workshop again = Fixtures.set(w, "Analytics", "CIO", Raci.A);
        assertThat(again.letters()).isSameAs(w.letters());
    }

    @Test
    void theChangesBetweenTwoVersionsAreExactlyTheCellsThatDiffer() {
        Workshop saved = matrix(30, 8);
        for (int i = 0; i < 100; i++) {
            Cell cell = anyCell(saved);
            saved = saved.withLetter(cell.activityId(), cell.roleId(), anyLetterOrNone());
        }
        Workshop current = saved;
        Map<Cell, Raci> expected = new LinkedHashMap<>();
        for (int i = 0; i < 25; i++) {
            Cell cell = anyCell(current);
            Raci letter = anyLetterOrNone();
            current = current.withLetter(cell.activityId(), cell.roleId(), letter);
        }
        for (Activity a : current.activities()) {
            for (Role r : current.roles()) {
                Cell cell = new Cell(a.id(), r.id());
                if (current.letters().get(cell) != saved.letters().get(cell)) {
                    expected.put(cell, current.letters().get(cell));
                }
            }
        }
        assertThat(expected).as("the edits changed some cells").isNotEmpty();
        assertThat(changes(saved, current)).isEqualTo(expected);
        assertThat(changes(saved, saved)).isEmpty();
        Map.Entry<Cell, Raci> held = saved.letters().entrySet().iterator().next();
        Raci other = Raci.values()[(held.getValue().ordinal() + 1) % Raci.values().length];
        Workshop oneLetterOther = saved.withLetter(held.getKey().activityId(), held.getKey().roleId(), other);
        assertThat(oneLetterOther.letters()).as("as many letters, one different").hasSameSizeAs(saved.letters())
                .isNotEqualTo(saved.letters());
        assertThat(oneLetterOther.withLetter(held.getKey().activityId(), held.getKey().roleId(), held.getValue()).letters())
                .as("changed back").isEqualTo(saved.letters());
    }

    @Test
    void changesAcrossNewRowsAndColumnsCompareCellByCell() {
        Workshop w = Fixtures.set(Fixtures.set(Fixtures.workshop("Analytics", "Vendors"), "Analytics", "CIO", Raci.A),
                "Vendors", "CMO", Raci.R);
        Workshop changed = w.withRoleRemoved(Fixtures.role(w, "CMO").id())
                .withActivityAdded(Activity.create("Campaigns", "", "Data"));
        changed = Fixtures.set(changed, "Campaigns", "CIO", Raci.C);
        changed = Fixtures.set(changed, "Analytics", "CIO", Raci.R);
        Map<Cell, Raci> expected = new HashMap<>();
        expected.put(new Cell(Fixtures.activity(w, "Vendors").id(), Fixtures.role(w, "CMO").id()), null);
        expected.put(new Cell(Fixtures.activity(changed, "Campaigns").id(), Fixtures.role(w, "CIO").id()), Raci.C);
        expected.put(new Cell(Fixtures.activity(w, "Analytics").id(), Fixtures.role(w, "CIO").id()), Raci.R);
        assertThat(changes(w, changed)).isEqualTo(expected);
        // A row moved within its group: the same letters, found equal although laid out in another order.
        Workshop moved = w.withActivityMoved(Fixtures.activity(w, "Vendors").id(), -1);
        assertThat(moved.letters()).isEqualTo(w.letters());
        assertThat(changes(w, moved)).isEmpty();
    }

    private static Map<Cell, Raci> changes(Workshop before, Workshop after) {
        Map<Cell, Raci> changes = new HashMap<>();
        List<Cell> reported = new ArrayList<>();
        after.forEachLetterChange(before, (cell, letter) -> {
            reported.add(cell);
            changes.put(cell, letter);
        });
        assertThat(reported).as("each cell once").doesNotHaveDuplicates();
        return changes;
    }
}
