package org.accord.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.Activity;
import org.accord.domain.Workshop;
import org.accord.export.csv.ActivityCsvImport;
import org.accord.export.csv.ActivityCsvImport.Row;
import org.junit.jupiter.api.Test;

class ActivityCsvImportTest {
    private final Workshop template = new TemplateCatalog().newWorkshop(TemplateCatalog.CIO_CMO, "T", Instant.EPOCH);

    @Test
    void goodRowsAreTakenAndBadOnesReportedWithTheirLine() {
        String csv = "\uFEFFName,Group,Description\n"
                + "Social media listening,Data,Who watches what customers say\n"
                + ",Data,no name here\n"
                + "martech ROADMAP,Strategy,already in the workshop\n"
                + "Partner portal,,goes to the default group\n"
                + "Social media listening,Data,twice in the file\n"
                + "\"Loyalty app, phase 2\",New group,\"quoted, with comma\"\n";
        List<Row> rows = ActivityCsvImport.preview(new StringReader(csv), template, "Delivery");
        assertThat(rows).extracting(Row::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(rows).extracting(Row::ok).containsExactly(true, false, false, true, false, true);
        assertThat(rows.get(1).problem()).isEqualTo("The activity name cannot be empty.");
        assertThat(rows.get(2).problem()).contains("already an activity called \"martech ROADMAP\"");
        assertThat(rows.get(4).problem()).contains("already an activity called \"Social media listening\"");
        assertThat(rows.get(3).group()).isEqualTo("Delivery");

        Workshop after = ActivityCsvImport.addGoodRows(rows).applyTo(template);
        assertThat(after.activities()).hasSize(template.activities().size() + 3);
        assertThat(after.activities()).extracting(Activity::name)
                .contains("Social media listening", "Partner portal", "Loyalty app, phase 2");
        assertThat(after.groups()).contains("New group");
    }

    @Test
    void aFileWithoutANameColumnIsRefusedClearly() {
        assertThatThrownBy(() -> ActivityCsvImport.preview(new StringReader("Title,Owner\nx,y\n"), template, "Data"))
                .hasMessageContaining("needs a column called Name or Activity").hasMessageContaining("Title, Owner");
    }

    @Test
    void anActivityColumnWorksAsTheName() {
        List<Row> rows = ActivityCsvImport.preview(new StringReader("activity\nBrand safety review\n"), template, "Data");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.ok()).isTrue();
            assertThat(r.name()).isEqualTo("Brand safety review");
        });
    }

    /** The 19 MB cell: the preview keeps a short excerpt of a refused row, and messages quote no more. */
    @Test
    void aHugeCellIsRefusedAndKeptOnlyAsAnExcerpt() {
        String huge = "Campaign " + "w".repeat(19_000_000);
        List<Row> rows = ActivityCsvImport.preview(new StringReader("Name,Description\n" + huge + ",d\n"), template, "Data");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.ok()).isFalse();
            assertThat(r.problem()).isEqualTo("The activity name is too long: at most 200 characters.");
            assertThat(r.name()).isEqualTo("Campaign " + "w".repeat(31) + "…");
        });
        assertThatThrownBy(() -> ActivityCsvImport.preview(new StringReader("Title," + huge + "\nx,y\n"), template, "Data"))
                .hasMessageContaining("it has: Title, Campaign www")
                .hasMessageEndingWith("….")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(500));
    }
}
