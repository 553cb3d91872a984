package org.accord.domain;

import static org.accord.domain.Fixtures.T0;
import static org.accord.domain.Fixtures.activity;
import static org.accord.domain.Fixtures.role;
import static org.accord.domain.Fixtures.set;
import static org.accord.domain.Fixtures.workshop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WorkshopTest {

    @Test
    void blankNamesAreRefusedWithAMessage() {
        Workshop w = workshop("Analytics");
        assertThatThrownBy(() -> w.withActivityAdded(Activity.create("   ", "", "Data")))
                .isInstanceOf(ValidationException.class).hasMessage("The activity name cannot be empty.");
        assertThatThrownBy(() -> Role.create("", "X", Side.IT)).hasMessage("The role name cannot be empty.");
    }

    @Test
    void overlongNamesAreRefused() {
        String longName = "x".repeat(Names.MAX_NAME_LENGTH + 1);
        assertThatThrownBy(() -> Activity.create(longName, "", "Data"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at most 200 characters");
        assertThat(Activity.create("x".repeat(Names.MAX_NAME_LENGTH), "", "Data").name()).hasSize(200);
    }

    @Test
    void duplicateNamesAreRefusedCaseInsensitivelyAfterNfc() {
        Workshop w = workshop("Zoë's analytics");
        // "Zoe" + combining diaeresis is the same name as the precomposed "Zoë" once normalised.
        assertThatThrownBy(() -> w.withActivityAdded(Activity.create("ZOE\u0308'S ANALYTICS", "", "Data")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("already an activity");
        assertThatThrownBy(() -> w.withRoleAdded(Role.create("chief information officer", "CIO2", Side.IT)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("already a role");
    }

    @Test
    void manyActivitiesAddedAtOnceKeepTheirOrderTheirNewGroupsAndTheNameCheck() {
        Workshop w = workshop("Analytics");
        Workshop after = w.withActivitiesAdded(java.util.List.of(Activity.create("Vendor selection", "", "Sourcing"),
                Activity.create("Loyalty app", "", "Delivery"), Activity.create("Lead scoring", "", "Data")));
        assertThat(after.groups()).containsExactly("Data", "Sourcing", "Delivery");
        assertThat(after.activities()).extracting(Activity::name)
                .containsExactly("Analytics", "Lead scoring", "Vendor selection", "Loyalty app");
        assertThatThrownBy(() -> w.withActivitiesAdded(java.util.List.of(Activity.create("Vendor selection", "", "Data"),
                Activity.create("VENDOR SELECTION", "", "Data"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("already an activity called \"VENDOR SELECTION\"");
    }

    @Test
    void aWorkshopTakesNoMoreThanTheActivityLimitAndSaysSo() {
        Workshop w = workshop("Analytics");
        java.util.List<Activity> tooMany = java.util.stream.IntStream.range(0, Workshop.MAX_ACTIVITIES)
                .mapToObj(i -> Activity.create("Row " + i, "", "Data")).toList();
        assertThatThrownBy(() -> w.withActivitiesAdded(tooMany)).isInstanceOf(ValidationException.class)
                .hasMessage("A workshop holds at most 10,000 activities; this one has 1, so at most 9,999 more can be"
                        + " added, not 10,000.");
        Workshop full = w.withActivitiesAdded(tooMany.subList(1, tooMany.size()));
        assertThat(full.activities()).hasSize(Workshop.MAX_ACTIVITIES);
        assertThatThrownBy(() -> full.withActivityAdded(Activity.create("One more", "", "Data")))
                .hasMessageContaining("at most 10,000 activities");
    }

    @Test
    void severalLettersAreSetAtOnceAndAnUnknownCellIsRefused() {
        Workshop w = workshop("Analytics", "Campaigns");
        java.util.Map<Cell, Raci> letters = new java.util.LinkedHashMap<>();
        letters.put(new Cell(activity(w, "Analytics").id(), role(w, "CIO").id()), Raci.A);
        letters.put(new Cell(activity(w, "Campaigns").id(), role(w, "CMO").id()), Raci.R);
        Workshop after = w.withLettersSet(letters);
        assertThat(after.letters()).isEqualTo(letters);
        assertThatThrownBy(() -> w.withLettersSet(java.util.Map.of(new Cell(java.util.UUID.randomUUID(),
                role(w, "CIO").id()), Raci.A))).isInstanceOf(ValidationException.class);
    }

    @Test
    void twoRolesCannotShareAShortLabel() {
        Workshop w = workshop("Analytics");
        assertThatThrownBy(() -> w.withRoleAdded(Role.create("Chief Innovation Officer", "cio", Side.IT)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("short label \"cio\"");
    }

    @Test
    void controlCharactersAreStrippedAndScriptsKept() {
        Activity a = Activity.create("Łukasz\u0007 and 王芳\tplan", "line one\nline two\u0000", "Data");
        assertThat(a.name()).isEqualTo("Łukasz  and 王芳 plan");
        assertThat(a.description()).isEqualTo("line one\nline two");
        assertThat(Role.create("Ελένη Ольга", "ΕΟ", Side.EXTERNAL).name()).isEqualTo("Ελένη Ольга");
    }

    /**
     * Every change makes a new workshop; one that keeps the rows and columns takes the letters over as they were
     * checked instead of copying and checking them again. Letters that do not fit the rows and columns they are given
     * are still refused, whichever workshop they came from.
     */
    @Test
    void lettersAreTakenOverWhereRowsAndColumnsStayAndCheckedWhereTheyChange() {
        Workshop w = set(workshop("Analytics", "Vendor selection"), "Analytics", "CMO", Raci.A);
        assertThat(w.withLastEditedAt(T0.plusSeconds(60)).letters()).isSameAs(w.letters());
        assertThat(w.withDetails(w.details()).letters()).isSameAs(w.letters());

        Workshop edited = w.withLetter(activity(w, "Vendor selection").id(), role(w, "CIO").id(), Raci.R);
        assertThat(edited.letter(activity(w, "Vendor selection").id(), role(w, "CIO").id())).contains(Raci.R);
        assertThat(edited.letters()).hasSize(2).isEqualTo(java.util.Map.copyOf(edited.letters()));
        assertThatThrownBy(() -> edited.letters().clear()).isInstanceOf(UnsupportedOperationException.class);

        // The same letters with the analytics row gone: refused, not taken over.
        java.util.List<Activity> fewer = w.activities().stream().filter(a -> !a.name().equals("Analytics")).toList();
        assertThatThrownBy(() -> new Matrix(w.groups(), w.roles(), fewer, w.letters()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in the workshop");
    }

    @Test
    void removingARoleRemovesItsLetters() {
        Workshop w = set(workshop("Analytics"), "Analytics", "CMO", Raci.A);
        Workshop without = w.withRoleRemoved(role(w, "CMO").id());
        assertThat(without.roles()).extracting(Role::shortLabel).containsExactly("CIO");
        assertThat(without.letters()).isEmpty();
    }

    @Test
    void activitiesMoveWithinTheirGroupAndStayGroupedOnScreen() {
        Workshop w = workshop("One", "Two").withGroupAdded("Sourcing")
                .withActivityAdded(Activity.create("Vendors", "", "Sourcing"))
                .withActivityAdded(Activity.create("Three", "", "Data"));
        assertThat(w.activities()).extracting(Activity::name).containsExactly("One", "Two", "Three", "Vendors");
        Workshop moved = w.withActivityMoved(activity(w, "Three").id(), -1);
        assertThat(moved.activities()).extracting(Activity::name).containsExactly("One", "Three", "Two", "Vendors");
        assertThat(moved.withActivityMoved(activity(w, "Vendors").id(), -1)).isEqualTo(moved);
        Workshop groupsSwapped = moved.withGroupMoved("Sourcing", -1);
        assertThat(groupsSwapped.activities()).extracting(Activity::name).containsExactly("Vendors", "One", "Three", "Two");
    }

    @Test
    void renamingAGroupMovesItsActivitiesAlong() {
        Workshop w = workshop("One").withGroupRenamed("Data", "Data and analytics");
        assertThat(w.groups()).containsExactly("Data and analytics");
        assertThat(activity(w, "One").group()).isEqualTo("Data and analytics");
    }

    @Test
    void aGroupWithActivitiesCannotBeRemoved() {
        Workshop w = workshop("One");
        assertThatThrownBy(() -> w.withGroupRemoved("Data")).hasMessageContaining("still has activities");
        assertThat(w.withActivityRemoved(activity(w, "One").id()).withGroupRemoved("Data").groups()).isEmpty();
    }

    @Test
    void rolesReorder() {
        Workshop w = workshop("One");
        assertThat(w.withRoleMoved(role(w, "CMO").id(), -1).roles()).extracting(Role::shortLabel)
                .containsExactly("CMO", "CIO");
    }

    @Test
    void duplicateHasFreshIdsAndTheSameMatrix() {
        Workshop w = set(workshop("One"), "One", "CIO", Raci.A).withId(7);
        Workshop copy = w.duplicate("Follow-up", T0);
        assertThat(copy.id()).isZero();
        assertThat(copy.title()).isEqualTo("Follow-up");
        assertThat(copy.roles().get(0).id()).isNotEqualTo(w.roles().get(0).id());
        assertThat(copy.letter(copy.activities().get(0).id(), role(copy, "CIO").id())).contains(Raci.A);
    }
}
