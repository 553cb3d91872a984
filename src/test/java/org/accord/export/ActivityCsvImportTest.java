package org.accord.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.AccordException;
import org.accord.domain.Activity;
import org.accord.domain.Workshop;
import org.accord.export.csv.ActivityCsvImport;
import org.accord.export.csv.ActivityCsvImport.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        List<Row> rows = ActivityCsvImport.preview(utf8(csv), template, "Delivery");
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
        assertThatThrownBy(() -> ActivityCsvImport.preview(utf8("Title,Owner\nx,y\n"), template, "Data"))
                .hasMessageContaining("needs a column called Name or Activity").hasMessageContaining("Title, Owner");
    }

    /** A spreadsheet's "CSV" in Windows-1252: refused with what to do, never read with its accents replaced. */
    @Test
    void aFileNotInUtf8IsRefusedRatherThanReadWithReplacedCharacters() {
        byte[] latin1 = "Name\nCampa\u00f1a de marca\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ActivityCsvImport.preview(new java.io.ByteArrayInputStream(latin1), template, "Data"))
                .isInstanceOf(AccordException.class).hasMessageContaining("The CSV file is not in UTF-8");
    }

    @Test
    void anActivityColumnWorksAsTheName() {
        List<Row> rows = ActivityCsvImport.preview(utf8("activity\nBrand safety review\n"), template, "Data");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.ok()).isTrue();
            assertThat(r.name()).isEqualTo("Brand safety review");
        });
    }

    /** The 19 MB cell: the preview keeps a short excerpt of a refused row, and messages quote no more. */
    @Test
    void aHugeCellIsRefusedAndKeptOnlyAsAnExcerpt() {
        String huge = "Campaign " + "w".repeat(19_000_000);
        List<Row> rows = ActivityCsvImport.preview(utf8("Name,Description\n" + huge + ",d\n"), template, "Data");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.ok()).isFalse();
            assertThat(r.problem()).isEqualTo("The activity name is too long: at most 200 characters.");
            assertThat(r.name()).isEqualTo("Campaign " + "w".repeat(31) + "…");
        });
        assertThatThrownBy(() -> ActivityCsvImport.preview(utf8("Title," + huge + "\nx,y\n"), template, "Data"))
                .hasMessageContaining("it has: Title, Campaign www")
                .hasMessageEndingWith("….")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(500));
    }

    @Test
    void aGroupThatDiffersOnlyInCaseFromAnExistingOneIsLeftOutWithTheReason() {
        List<Row> rows = ActivityCsvImport.preview(utf8("Name,Group\nBrand safety,data\nBrand audit,Data\n"),
                template, "Data");
        assertThat(rows).extracting(Row::ok).containsExactly(false, true);
        assertThat(rows.get(0).problem()).contains("already a group called \"data\"");
        assertThat(ActivityCsvImport.addGoodRows(rows).applyTo(template).activities()).hasSize(template.activities().size() + 1);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsReadWithTheLimitNamed(@TempDir Path folder) throws IOException {
        Path big = folder.resolve("portfolio.csv");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(ActivityCsvImport.MAX_FILE_BYTES + 1); // sparse: its size is checked, not its bytes
        }
        assertThatThrownBy(() -> ActivityCsvImport.preview(big, template, "Data")).isInstanceOf(AccordException.class)
                .hasMessage("The file portfolio.csv is 10.0 MB; Accord imports CSV files of at most 10 MB. Keep only the"
                        + " Name, Group and Description columns, or split the rows into smaller files. Nothing was added.");
    }

    @Test
    void moreRowsThanTheWorkshopHoldsAreRefusedAtTheFirstRowTooManyWithTheLimitNamed(@TempDir Path folder)
            throws IOException {
        int room = Workshop.MAX_ACTIVITIES - template.activities().size();
        StringBuilder csv = new StringBuilder("Name\n");
        for (int i = 0; i <= room; i++) {
            csv.append("Imported activity ").append(i).append('\n');
        }
        // A broken last line: had the whole file been read, it would be refused as malformed instead.
        csv.append("\"never closed\n");
        Path file = Files.writeString(folder.resolve("portfolio.csv"), csv);
        assertThatThrownBy(() -> ActivityCsvImport.preview(file, template, "Data")).isInstanceOf(AccordException.class)
                .hasMessage("A workshop holds at most 10,000 activities; this one has 16, so at most 9,984 more can be"
                        + " added, and the file has more rows than that. Split the file, or remove rows, and import"
                        + " again. Nothing was added.");
    }

    @Test
    void asManyRowsAsTheWorkshopHoldsAreAllPreviewedAndAddedInOneEdit() {
        int room = Workshop.MAX_ACTIVITIES - template.activities().size();
        StringBuilder csv = new StringBuilder("Name,Group\n");
        for (int i = 0; i < room; i++) {
            csv.append("Imported activity ").append(i).append(",Group ").append(i % 50).append('\n');
        }
        List<Row> rows = ActivityCsvImport.preview(utf8(csv.toString()), template, "Data");
        assertThat(rows).hasSize(room).allMatch(Row::ok);
        Workshop after = ActivityCsvImport.addGoodRows(rows).applyTo(template);
        assertThat(after.activities()).hasSize(Workshop.MAX_ACTIVITIES);
        assertThat(after.groups()).contains("Group 0", "Group 49");
    }

    /** What a spreadsheet saves: the text as UTF-8 bytes. */
    private static java.io.InputStream utf8(String csv) {
        return new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
