package org.accord.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layers as the folders show them: domain ← catalog, store, session, export ← cli, ui. Only the ui knows JavaFX. */
class ArchitectureTest {
    private static final JavaClasses ACCORD = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.accord");

    @Test
    void domainImportsNeitherJavafxNorJdbcNorFiles() {
        noClasses().that().resideInAPackage("org.accord.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "java.nio.file..", "java.io..",
                        "org.h2..", "org.postgresql..", "org.flywaydb..", "tools.jackson..")
                .check(ACCORD);
    }

    @Test
    void onlyTheUiAndTheCompositionRootKnowJavafx() {
        noClasses().that().resideInAnyPackage("org.accord.domain..", "org.accord.catalog..", "org.accord.store..",
                        "org.accord.session..", "org.accord.export..", "org.accord.cli..", "org.accord.room..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(ACCORD);
    }

    /** The room server reaches the workshop only through its desk: no database, no window. */
    @Test
    void theRoomServerKnowsNeitherTheDatabaseNorTheWindow() {
        noClasses().that().resideInAPackage("org.accord.room..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.accord.store..",
                        "org.accord.ui..", "org.accord.app..")
                .check(ACCORD);
    }

    @Test
    void exportsNeitherKnowTheDatabaseNorTheWindow() {
        noClasses().that().resideInAPackage("org.accord.export..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.accord.store..", "org.accord.ui..")
                .check(ACCORD);
    }

    @Test
    void theUiNeverTalksToTheDatabaseDirectly() {
        noClasses().that().resideInAPackage("org.accord.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.accord.store.h2..",
                        "org.postgresql..", "org.accord.store.postgres..", "org.accord.store.library..")
                .check(ACCORD);
    }

    /**
     * The screens depend one way: the workshop screen's shell on its guide steps, its matrix and its model; the steps
     * and the matrix on the model; nothing back. A cycle (the guide once took the workshop's view model while the
     * workshop built the guide) makes every package the others' detail.
     */
    @Test
    void theScreensDependOneWay() {
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices().matching("org.accord.ui.(**)")
                .should().beFreeOfCycles()
                .check(ACCORD);
    }

    // ---- The layers the README draws, whole: domain ← catalog, store, export ← session ← cli, ui ← app ----

    /** Where the layer rules are shown to bite: deliberately wrong classes in src/test (package bad). */
    private static final String BAD = "org.accord.architecture.bad";

    /**
     * The layers as the code has them, under {@code root}. Session writes through the store; the command line uses the
     * store, the catalog and the exports directly; the ui reaches the saved workshops only through the session layer
     * ({@code WorkshopLibrary}), never the store. App is the composition root: the classes in the root package, or in
     * app and diagnostics once they move there ("org.accord" alone is the root package only). Every class must sit in
     * a layer, so a new package has to be placed in the picture.
     */
    private static com.tngtech.archunit.library.Architectures.LayeredArchitecture layers(String root) {
        return com.tngtech.archunit.library.Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Domain").definedBy(root + ".domain..")
                .layer("Catalog").definedBy(root + ".catalog..")
                .layer("Store").definedBy(root + ".store..")
                .layer("Export").definedBy(root + ".export..")
                .layer("Session").definedBy(root + ".session..")
                .layer("Room").definedBy(root + ".room..")
                .layer("Cli").definedBy(root + ".cli..")
                .layer("Ui").definedBy(root + ".ui..")
                .layer("App").definedBy(root, root + ".app..", root + ".diagnostics..")
                .whereLayer("Domain").mayNotAccessAnyLayer()
                .whereLayer("Catalog").mayOnlyAccessLayers("Domain")
                .whereLayer("Store").mayOnlyAccessLayers("Domain")
                .whereLayer("Export").mayOnlyAccessLayers("Domain")
                .whereLayer("Session").mayOnlyAccessLayers("Domain", "Store")
                // The room server sits beside the session: it knows the workshop and the edits, never the window.
                .whereLayer("Room").mayOnlyAccessLayers("Domain", "Session")
                .whereLayer("Cli").mayOnlyAccessLayers("Domain", "Catalog", "Store", "Export", "Session")
                .whereLayer("Ui").mayOnlyAccessLayers("Domain", "Catalog", "Export", "Session", "Room")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .ensureAllClassesAreContainedInArchitecture();
    }

    /** The top-level packages under {@code root} depend on each other without a cycle (subpackages count as theirs). */
    private static com.tngtech.archunit.lang.ArchRule noCycles(String root) {
        return com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices().matching(root + ".(*)..")
                .should().beFreeOfCycles();
    }

    private static com.tngtech.archunit.lang.ArchRule uiNeverImportsTheStore(String root) {
        return noClasses().that().resideInAPackage(root + ".ui..")
                .should().dependOnClassesThat().resideInAPackage(root + ".store..")
                .because("view models get the services they need from the session layer (WorkshopLibrary)");
    }

    private static JavaClasses badClasses() {
        return new ClassFileImporter().importPackages(BAD);
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layers("org.accord").check(ACCORD);
    }

    @Test
    void thePackagesDependOnEachOtherWithoutCycles() {
        noCycles("org.accord").check(ACCORD);
    }

    @Test
    void theUiNeverImportsTheStore() {
        uiNeverImportsTheStore("org.accord").check(ACCORD);
    }

    /** The issue: a class in domain that imported store, session and ui passed every rule there was. */
    @Test
    void theLayerRuleCatchesADomainClassThatReachesUpAndAUiThatHoldsTheStore() {
        // The fixture has no class in catalog, export, cli or app: those layers may be empty here, and only here.
        var result = layers(BAD).withOptionalLayers(true).evaluate(badClasses());
        org.assertj.core.api.Assertions.assertThat(result.hasViolation()).isTrue();
        org.assertj.core.api.Assertions.assertThat(String.join("\n", result.getFailureReport().getDetails()))
                .contains("ReachesUp.shelf", "ReachesUp.desk", "ReachesUp.screen", "Screen.store")
                .doesNotContain("Shelf.kept"); // the store may keep a domain class
    }

    @Test
    void theCycleAndUiRulesCatchTheirBreaches() {
        org.assertj.core.api.Assertions.assertThat(noCycles(BAD).evaluate(badClasses()).hasViolation()).isTrue();
        var ui = uiNeverImportsTheStore(BAD).evaluate(badClasses());
        org.assertj.core.api.Assertions.assertThat(ui.hasViolation()).isTrue();
        org.assertj.core.api.Assertions.assertThat(String.join("\n", ui.getFailureReport().getDetails()))
                .contains("Screen.store");
    }

    /** The JDBC work must serve a second database too (PostgreSQL): H2's own classes stay in store/h2. */
    @Test
    void theJdbcWorkshopsKnowNoEngine() {
        noClasses().that().resideInAPackage("org.accord.store.jdbc..")
                .should().dependOnClassesThat().resideInAnyPackage("org.h2..", "org.accord.store.h2..",
                        "org.postgresql..", "org.accord.store.postgres..")
                .check(ACCORD);
    }
}
