package org.accord.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.accord.domain.Activity;
import org.accord.domain.Role;
import org.accord.domain.Workshop;
import org.junit.jupiter.api.Test;

class TemplateCatalogTest {
    private final TemplateCatalog catalog = new TemplateCatalog();

    @Test
    void cioCmoTemplateHoldsTheOverlapActivitiesInGroupsAndTheUsualRoles() {
        Workshop w = catalog.newWorkshop(TemplateCatalog.CIO_CMO, "Alignment", Instant.EPOCH);
        assertThat(w.activities()).hasSizeGreaterThanOrEqualTo(14);
        assertThat(w.groups()).containsExactly("Strategy", "Data", "Sourcing", "Delivery", "Run and measure");
        assertThat(w.activities()).extracting(Activity::name).contains(
                "Market and customer data analytics", "Customer data management and integration",
                "Data privacy and security versus access", "Vendor evaluation and selection",
                "Vendor contracts and relationships", "App innovation and development", "Digital campaigns",
                "Lead management and marketing automation", "Marketing performance measurement", "Martech roadmap",
                "Martech budget", "Technology standards and architecture",
                "Configuration and deployment of marketing technology", "Customer experience across channels");
        assertThat(w.roles()).extracting(Role::shortLabel)
                .containsExactly("CIO", "CMO", "MarTech", "EA", "Data", "Procure", "Security");
        assertThat(w.letters()).isEmpty();
    }

    @Test
    void theSampleIsAFinishedWorkshopWithLettersReasonsAndADisputeButNotATemplate() {
        Workshop w = catalog.newWorkshop(TemplateCatalog.SAMPLE, "Sample", Instant.EPOCH);
        assertThat(w.letters()).hasSizeGreaterThan(50);
        assertThat(w.activities()).anyMatch(a -> a.status() == org.accord.domain.ActivityStatus.DISPUTED)
                .anyMatch(a -> !a.rationale().isEmpty());
        assertThat(org.accord.domain.MatrixChecks.run(w)).isNotEmpty(); // it shows what the checks find
        assertThat(catalog.templates()).extracting(Template::id).containsExactly("cio-cmo", "blank");
    }

    @Test
    void blankTemplateHasOnlyTheTwoLeaders() {
        Workshop w = catalog.newWorkshop(TemplateCatalog.BLANK, "Blank", Instant.EPOCH);
        assertThat(w.roles()).extracting(Role::shortLabel).containsExactly("CIO", "CMO");
        assertThat(w.activities()).isEmpty();
    }
}
