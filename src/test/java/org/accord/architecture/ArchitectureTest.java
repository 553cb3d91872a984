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
                        "org.h2..", "org.flywaydb..", "tools.jackson..")
                .check(ACCORD);
    }

    @Test
    void onlyTheUiAndTheCompositionRootKnowJavafx() {
        noClasses().that().resideInAnyPackage("org.accord.domain..", "org.accord.catalog..", "org.accord.store..",
                        "org.accord.session..", "org.accord.export..", "org.accord.cli..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
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
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.accord.store.h2..")
                .check(ACCORD);
    }

    /** The JDBC work must serve a second database too (PostgreSQL): H2's own classes stay in store/h2. */
    @Test
    void theJdbcWorkshopsKnowNoEngine() {
        noClasses().that().resideInAPackage("org.accord.store.jdbc..")
                .should().dependOnClassesThat().resideInAnyPackage("org.h2..", "org.accord.store.h2..")
                .check(ACCORD);
    }
}
