package org.accord.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MatrixTest {
    private final Role cio = Role.create("Chief Information Officer", "CIO", Side.IT);
    private final Role cmo = Role.create("Chief Marketing Officer", "CMO", Side.MARKETING);
    private final Activity analytics = Activity.create("Analytics", "", "Data");
    private final Activity vendors = Activity.create("Vendor selection", "", "Sourcing");
    private final Activity scoring = Activity.create("Lead scoring", "", "Data");

    private Matrix matrix() {
        return new Matrix(List.of("Data", "Sourcing"), List.of(cio, cmo), List.of(analytics, vendors, scoring), Map.of());
    }

    @Test
    void activitiesAreKeptInScreenOrderGroupedByTheOrderOfTheGroups() {
        assertThat(matrix().activities()).containsExactly(analytics, scoring, vendors);
        assertThat(matrix().withGroupMoved("Sourcing", -1).activities()).containsExactly(vendors, analytics, scoring);
    }

    @Test
    void aLetterChangedKeepsTheRowsAndColumnsAndSharesThemWithTheMatrixBefore() {
        Matrix before = matrix();
        Matrix after = before.withLetter(analytics.id(), cio.id(), Raci.A);
        assertThat(after.letter(analytics.id(), cio.id())).contains(Raci.A);
        assertThat(after.activities()).isSameAs(before.activities());
        assertThat(after.roles()).isSameAs(before.roles());
        assertThat(before.letter(analytics.id(), cio.id())).isEmpty();
        Map<Cell, Raci> changed = new LinkedHashMap<>();
        after.forEachLetterChange(before, changed::put);
        assertThat(changed).containsExactly(Map.entry(new Cell(analytics.id(), cio.id()), Raci.A));
    }

    @Test
    void aRemovedRowOrColumnTakesItsLettersAlong() {
        Matrix m = matrix().withLetter(analytics.id(), cio.id(), Raci.A).withLetter(analytics.id(), cmo.id(), Raci.R)
                .withLetter(vendors.id(), cmo.id(), Raci.C);
        assertThat(m.withActivityRemoved(analytics.id()).letters())
                .containsExactly(Map.entry(new Cell(vendors.id(), cmo.id()), Raci.C));
        assertThat(m.withRoleRemoved(cmo.id()).letters())
                .containsExactly(Map.entry(new Cell(analytics.id(), cio.id()), Raci.A));
        assertThat(m.lettersOf(cmo.id())).isEqualTo(2);
    }

    @Test
    void anActivityInANewGroupAddsTheGroupAndAnEmptyGroupIsTheOnlyOneThatCanGo() {
        Matrix m = matrix().withActivity(vendors.withGroup("Delivery"));
        assertThat(m.groups()).containsExactly("Data", "Sourcing", "Delivery");
        assertThat(m.withGroupRemoved("Sourcing").groups()).containsExactly("Data", "Delivery");
        assertThatThrownBy(() -> m.withGroupRemoved("Data")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("still has activities");
    }

    @Test
    void aMoveAtTheEdgeChangesNothing() {
        Matrix m = matrix();
        assertThat(m.withRoleMoved(cio.id(), -1)).isSameAs(m);
        assertThat(m.withActivityMoved(scoring.id(), +1)).isSameAs(m);
        assertThat(m.withGroupMoved("Sourcing", +1)).isSameAs(m);
        assertThat(m.withRoleMoved(cio.id(), +1).roles()).containsExactly(cmo, cio);
    }

    @Test
    void freshIdsKeepEveryNameAndLetterAndSayWhichIdBecameWhich() {
        Matrix m = matrix().withLetter(vendors.id(), cmo.id(), Raci.A);
        Map<UUID, UUID> newIds = new LinkedHashMap<>();
        Matrix copy = m.withFreshIds(newIds);
        assertThat(newIds).hasSize(5).doesNotContainKeys(copy.roles().get(0).id());
        assertThat(copy.roles()).extracting(Role::name).containsExactly(cio.name(), cmo.name());
        assertThat(copy.letter(newIds.get(vendors.id()), newIds.get(cmo.id()))).contains(Raci.A);
        assertThat(copy.letters()).hasSize(1);
    }

    @Test
    void lettersOutsideTheRowsAndColumnsOrASharedLabelAreRefused() {
        assertThatThrownBy(() -> new Matrix(List.of("Data"), List.of(cio), List.of(analytics),
                Map.of(new Cell(vendors.id(), cio.id()), Raci.A))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> matrix().withRoleAdded(Role.create("Chief Data Officer", "cio", Side.IT)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("short label");
        assertThatThrownBy(() -> matrix().withActivitiesAdded(List.of(Activity.create("ANALYTICS", "", "Data"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("already an activity");
    }
}
