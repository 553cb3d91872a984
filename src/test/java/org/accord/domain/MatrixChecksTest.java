package org.accord.domain;

import static org.accord.domain.Fixtures.activity;
import static org.accord.domain.Fixtures.role;
import static org.accord.domain.Fixtures.set;
import static org.accord.domain.Fixtures.workshop;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatrixChecksTest {

    private static List<FindingKind> kinds(Workshop w) {
        return MatrixChecks.run(w).stream().map(Finding::kind).toList();
    }

    /** A row with one A and one R, so it raises nothing about itself. */
    private static Workshop owned(Workshop w, String activity) {
        return set(set(w, activity, "CIO", Raci.A), activity, "CMO", Raci.R);
    }

    @Test
    void activityWithoutAccountableIsReportedByName() {
        Workshop w = set(workshop("Vendor selection"), "Vendor selection", "CIO", Raci.R);
        List<Finding> findings = MatrixChecks.run(w);
        assertThat(findings).extracting(Finding::kind).contains(FindingKind.NO_ACCOUNTABLE);
        Finding noA = findings.stream().filter(f -> f.kind() == FindingKind.NO_ACCOUNTABLE).findFirst().orElseThrow();
        assertThat(noA.activityId()).isEqualTo(activity(w, "Vendor selection").id());
        assertThat(noA.text()).contains("\"Vendor selection\"").contains("Give exactly one role an A");
    }

    @Test
    void aRowsProblemsAreNamedInShortWordsAndADisputedMarkIsNotOneOfThem() {
        Workshop w = set(set(workshop("Vendor selection", "Analytics"), "Vendor selection", "CIO", Raci.A),
                "Vendor selection", "CMO", Raci.A);
        var vendor = activity(w, "Vendor selection").id();
        assertThat(MatrixChecks.rowProblems(w, vendor)).containsExactly("2 Accountables (A)", "no Responsible (R)");
        Workshop clean = owned(w, "Analytics");
        var analytics = activity(clean, "Analytics").id();
        Workshop disputed = clean.withActivityChanged(analytics, a -> a.withStatus(ActivityStatus.DISPUTED));
        assertThat(MatrixChecks.rowProblems(disputed, analytics)).isEmpty();
    }

    @Test
    void theWrapUpSaysWhichAgreedRowsStillHaveFindings() {
        Workshop w = owned(set(set(workshop("Vendor selection", "Analytics"), "Vendor selection", "CIO", Raci.A),
                "Vendor selection", "CMO", Raci.A), "Analytics");
        var vendor = activity(w, "Vendor selection");
        var analytics = activity(w, "Analytics");
        w = w.withActivityAgreed(vendor.id(), "CIO", Fixtures.T0).withActivityAgreed(analytics.id(), "CIO", Fixtures.T0);
        var wrap = org.accord.domain.guide.WrapUp.of(w, Fixtures.T0);
        assertThat(wrap.agreedWithOpenFindings()).containsOnlyKeys(vendor.id());
        assertThat(wrap.agreedLine(vendor)).isEqualTo(
                "Vendor selection (agreed with open findings: 2 Accountables (A); no Responsible (R))");
        assertThat(wrap.agreedLine(analytics)).isEqualTo("Analytics");
    }

    @Test
    void secondAccountableIsReported() {
        Workshop w = set(set(workshop("Vendor selection"), "Vendor selection", "CIO", Raci.A), "Vendor selection", "CMO", Raci.A);
        assertThat(kinds(w)).contains(FindingKind.SEVERAL_ACCOUNTABLE).doesNotContain(FindingKind.NO_ACCOUNTABLE);
        assertThat(MatrixChecks.run(w).get(0).problem()).contains("2 Accountables");
    }

    @Test
    void activityWithoutResponsibleIsReported() {
        Workshop w = set(workshop("Digital campaigns"), "Digital campaigns", "CMO", Raci.A);
        assertThat(kinds(w)).contains(FindingKind.NO_RESPONSIBLE);
        assertThat(kinds(set(w, "Digital campaigns", "CIO", Raci.R))).doesNotContain(FindingKind.NO_RESPONSIBLE);
    }

    @Test
    void roleAccountableForMoreThanHalfIsOverloadedWithTheThresholdShown() {
        Workshop w = workshop("One", "Two", "Three", "Four");
        w = owned(owned(w, "One"), "Two");
        assertThat(kinds(w)).doesNotContain(FindingKind.ACCOUNTABLE_OVERLOAD); // 2 of 4 is half, not more
        w = owned(w, "Three");
        Finding overload = MatrixChecks.run(w).stream()
                .filter(f -> f.kind() == FindingKind.ACCOUNTABLE_OVERLOAD).findFirst().orElseThrow();
        assertThat(overload.roleId()).isEqualTo(role(w, "CIO").id());
        assertThat(overload.problem()).contains("3 of 4").contains("over 2");
    }

    @Test
    void oneRoleOwningBothOfTwoActivitiesIsNoOverload() {
        Workshop w = owned(owned(workshop("One", "Two"), "One"), "Two");
        assertThat(kinds(w)).doesNotContain(FindingKind.ACCOUNTABLE_OVERLOAD);
    }

    @Test
    void roleWithNoLetterAnywhereIsReported() {
        Workshop w = set(workshop("Analytics"), "Analytics", "CIO", Raci.A);
        Finding unused = MatrixChecks.run(w).stream()
                .filter(f -> f.kind() == FindingKind.UNUSED_ROLE).findFirst().orElseThrow();
        assertThat(unused.roleId()).isEqualTo(role(w, "CMO").id());
        assertThat(kinds(set(w, "Analytics", "CMO", Raci.I))).doesNotContain(FindingKind.UNUSED_ROLE);
    }

    @Test
    void tooManyConsultedFollowsTheConfigurableLimit() {
        Workshop w = owned(workshop("Analytics"), "Analytics");
        for (String label : List.of("EA", "Data", "Sec", "Proc")) {
            w = w.withRoleAdded(Role.create("Role " + label, label, Side.BUSINESS));
        }
        for (String label : List.of("EA", "Data", "Sec")) {
            w = set(w, "Analytics", label, Raci.C);
        }
        assertThat(kinds(w)).doesNotContain(FindingKind.TOO_MANY_CONSULTED); // 3 is the default limit
        w = set(w, "Analytics", "Proc", Raci.C);
        assertThat(kinds(w)).contains(FindingKind.TOO_MANY_CONSULTED);
        assertThat(kinds(w.withConsultedLimit(4))).doesNotContain(FindingKind.TOO_MANY_CONSULTED);
    }

    @Test
    void disputedRowIsReported() {
        Workshop w = owned(workshop("Martech budget"), "Martech budget");
        assertThat(kinds(w)).isEmpty();
        Workshop disputed = w.withActivityChanged(activity(w, "Martech budget").id(),
                a -> a.withStatus(ActivityStatus.DISPUTED));
        assertThat(kinds(disputed)).containsExactly(FindingKind.DISPUTED);
    }

    @Test
    void loadSummaryCountsEachLetterPerRole() {
        Workshop w = workshop("One", "Two", "Three");
        w = set(set(set(w, "One", "CIO", Raci.A), "Two", "CIO", Raci.R), "Three", "CIO", Raci.A);
        w = set(set(w, "One", "CMO", Raci.C), "Two", "CMO", Raci.I);
        List<RoleLoad> loads = MatrixChecks.loadSummary(w);
        assertThat(loads).extracting(l -> l.role().shortLabel()).containsExactly("CIO", "CMO");
        assertThat(loads.get(0)).extracting(RoleLoad::responsible, RoleLoad::accountable, RoleLoad::consulted,
                RoleLoad::informed).containsExactly(1, 2, 0, 0);
        assertThat(loads.get(1)).extracting(RoleLoad::responsible, RoleLoad::accountable, RoleLoad::consulted,
                RoleLoad::informed).containsExactly(0, 0, 1, 1);
    }
}
