package org.accord.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.accord.domain.AccordException;
import org.accord.domain.Activity;
import org.accord.domain.Edit;
import org.accord.domain.Raci;
import org.accord.domain.Role;
import org.accord.domain.Workshop;
import org.accord.testing.GeneratedWorkshop;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spreadsheet sent back: the export of one workshop, edited with POI as a team would edit it in Excel, read against
 * the workshop. The export is made once for the class.
 */
class SpreadsheetReaderTest {
    private static Workshop workshop;
    private static byte[] exported;

    @TempDir
    Path folder;

    @BeforeAll
    static void export() throws IOException {
        workshop = GeneratedWorkshop.of(12, 4).withId(9);
        exported = exportOf(workshop);
    }

    private static byte[] exportOf(Workshop w) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkshopSpreadsheet.write(w, Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC, out);
        return out.toByteArray();
    }

    /** The export, changed by {@code edit} and saved as a file, as a team sends it back. */
    private Path edited(String name, Consumer<XSSFWorkbook> edit) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            edit.accept(book);
            Path file = folder.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
            return file;
        }
    }

    private static XSSFRow rowOf(XSSFWorkbook book, String activityName) {
        XSSFSheet sheet = book.getSheet("Matrix");
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r) != null && activityName.equals(SpreadsheetReader.text(sheet.getRow(r).getCell(0)))) {
                return sheet.getRow(r);
            }
        }
        throw new AssertionError("no row " + activityName);
    }

    private static void set(XSSFWorkbook book, Activity activity, int role, String text) {
        XSSFRow row = rowOf(book, activity.name());
        var cell = row.getCell(2 + role);
        if (text.isEmpty()) {
            cell.setBlank();
        } else {
            cell.setCellValue(text);
        }
    }

    private static String letter(Workshop w, Activity activity, int role) {
        return w.letter(activity.id(), w.roles().get(role).id()).map(Raci::letter).orElse("");
    }

    /** A letter other than the one the cell holds. */
    private static String another(Workshop w, Activity activity, int role) {
        return letter(w, activity, role).equals("C") ? "I" : "C";
    }

    @Test
    void theExportReadBackProposesNoChange() throws IOException {
        SpreadsheetChanges changes = SpreadsheetReader.read(edited("same.xlsx", book -> { }), workshop);
        assertThat(changes.sameWorkshop()).isTrue();
        assertThat(changes.exportedFrom()).isEqualTo(workshop.title());
        assertThat(changes.changes()).isEmpty();
    }

    @Test
    void eachChangedCellIsProposedWithItsBeforeAndAfterAndAppliedAsOneEdit() throws IOException {
        Activity first = workshop.activities().get(0);
        Activity fifth = workshop.activities().get(4);
        String firstAfter = another(workshop, first, 1);
        int filled = java.util.stream.IntStream.range(0, 4).filter(r -> !letter(workshop, fifth, r).isEmpty())
                .findFirst().orElseThrow();
        Path file = edited("changed.xlsx", book -> {
            set(book, first, 1, firstAfter);
            set(book, fifth, filled, "");                      // cleared
            set(book, workshop.activities().get(7), 0, letter(workshop, workshop.activities().get(7), 0)); // same again
        });
        SpreadsheetChanges changes = SpreadsheetReader.read(file, workshop);
        assertThat(changes.changes()).hasSize(2).allMatch(ProposedChange::applicable);
        ProposedChange one = changes.changes().get(0);
        assertThat(one.activity()).isEqualTo(first.name());
        assertThat(one.role()).isEqualTo(workshop.roles().get(1).shortLabel());
        assertThat(one.cell()).isEqualTo("D3"); // row 1 is the header, row 2 the group heading
        assertThat(one.before()).isEqualTo(letter(workshop, first, 1));
        assertThat(one.after()).isEqualTo(firstAfter);
        ProposedChange two = changes.changes().get(1);
        assertThat(two.after()).isEmpty();
        assertThat(two.letter()).isNull();
        assertThat(two.beforeAfter()).isEqualTo(letter(workshop, fifth, filled) + " → (empty)");

        Edit edit = SpreadsheetChanges.apply(changes.changes());
        assertThat(edit.description()).isEqualTo("Apply 2 changes from a spreadsheet");
        Workshop after = edit.applyTo(workshop);
        assertThat(letter(after, first, 1)).isEqualTo(firstAfter);
        assertThat(letter(after, fifth, filled)).isEmpty();
        int filledNow = letter(workshop, first, 1).isEmpty() ? 1 : 0;
        assertThat(after.letters()).as("no other cell changed").hasSize(workshop.letters().size() + filledNow - 1);
    }

    @Test
    void aLowerCaseLetterIsTakenAndOnlyTheAcceptedChangesAreApplied() throws IOException {
        Activity a = workshop.activities().get(2);
        Activity b = workshop.activities().get(3);
        Path file = edited("some.xlsx", book -> {
            set(book, a, 0, another(workshop, a, 0).toLowerCase());
            set(book, b, 0, another(workshop, b, 0));
        });
        SpreadsheetChanges changes = SpreadsheetReader.read(file, workshop);
        assertThat(changes.changes()).hasSize(2);
        assertThat(changes.changes().get(0).after()).isEqualTo(another(workshop, a, 0));
        Workshop after = SpreadsheetChanges.apply(List.of(changes.changes().get(1))).applyTo(workshop);
        assertThat(letter(after, a, 0)).isEqualTo(letter(workshop, a, 0));
        assertThat(letter(after, b, 0)).isEqualTo(another(workshop, b, 0));
    }

    @Test
    void whatCannotBeAppliedSaysWhyAndIsLeftOutOfTheEdit() throws IOException {
        Activity a = workshop.activities().get(1);
        Activity b = workshop.activities().get(2);
        Path file = edited("reasons.xlsx", book -> {
            set(book, a, 0, "X");                                      // not a letter
            rowOf(book, b.name()).getCell(0).setCellValue("Renamed in the spreadsheet"); // unknown activity
            book.getSheet("Matrix").getRow(0).getCell(2 + 3).setCellValue("CFO");        // unknown role
        });
        SpreadsheetChanges changes = SpreadsheetReader.read(file, workshop);
        assertThat(changes.applicable()).isEmpty();
        assertThat(changes.changes()).extracting(ProposedChange::problem)
                .contains("\"X\" is not a RACI letter: a cell holds R, A, C, I or nothing.")
                .contains("There is no activity named \"Renamed in the spreadsheet\" in this workshop.")
                .contains("There is no role labelled \"CFO\" in this workshop.");
        // Every letter of the renamed row and the unknown column is listed, each with its reason.
        long lettersInRow = java.util.stream.IntStream.range(0, 4).filter(r -> !letter(workshop, b, r).isEmpty()).count();
        assertThat(changes.changes()).filteredOn(c -> c.activity().equals("Renamed in the spreadsheet")).hasSize((int) lettersInRow);
        assertThat(changes.changes()).filteredOn(c -> c.role().equals("CFO")).isNotEmpty();
        assertThat(SpreadsheetChanges.apply(changes.changes()).applyTo(workshop).letters()).isEqualTo(workshop.letters());
    }

    @Test
    void aCellChangedInAccordSinceTheExportIsNotPutBackByAFileThatLeftItAlone() throws IOException {
        Activity a = workshop.activities().get(5);
        Role role = workshop.roles().get(2);
        Workshop since = workshop.withLetter(a.id(), role.id(), Raci.fromTyped(another(workshop, a, 2)).orElseThrow())
                .withRole(role.withName("Renamed lead")); // and a role renamed: still found by its id
        Path file = edited("untouched.xlsx", book -> { });
        assertThat(SpreadsheetReader.read(file, since).changes()).isEmpty();

        Path both = edited("both.xlsx", book -> set(book, a, 2, "R".equals(another(workshop, a, 2)) ? "I" : "R"));
        ProposedChange change = SpreadsheetReader.read(both, since).changes().get(0);
        assertThat(change.applicable()).isTrue();
        assertThat(change.note()).startsWith("Also changed in Accord since the export");
    }

    @Test
    void aFileFromAnotherWorkshopIsShownButNothingInItCanBeApplied() throws IOException {
        Activity a = workshop.activities().get(0);
        Path file = edited("other.xlsx", book -> set(book, a, 0, another(workshop, a, 0)));
        Workshop other = workshop.withId(10);
        SpreadsheetChanges changes = SpreadsheetReader.read(file, other);
        assertThat(changes.sameWorkshop()).isFalse();
        assertThat(changes.changes()).isNotEmpty().noneMatch(ProposedChange::applicable);
        assertThat(changes.changes().get(0).problem()).isEqualTo("The spreadsheet was exported from another workshop, \""
                + workshop.title() + "\", not from \"" + other.title() + "\".");
    }

    @Test
    void aPasswordProtectedSpreadsheetIsRefused() throws Exception {
        Path file = folder.resolve("locked.xlsx");
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(exported));
                 OutputStream out = encryptor.getDataStream(container)) {
                pkg.save(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                container.writeFilesystem(out);
            }
        }
        assertRefused(file, "locked.xlsx is protected with a password, so Accord cannot read it.");
    }

    @Test
    void aSpreadsheetAccordDidNotExportIsRefused() throws IOException {
        Path file = folder.resolve("budget.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFRow row = book.createSheet("Matrix").createRow(0);
            row.createCell(0).setCellValue("Activity");
            row.createCell(2).setCellValue("CIO");
            book.write(out);
        }
        assertRefused(file, "budget.xlsx was not exported by Accord (it has no Accord mark).");
    }

    @Test
    void aTruncatedSpreadsheetIsRefusedAsDamaged() throws IOException {
        Path file = Files.write(folder.resolve("half.xlsx"), Arrays.copyOf(exported, exported.length / 2));
        assertRefused(file, "half.xlsx is damaged or incomplete and cannot be read");
    }

    @Test
    void aFileThatIsNoSpreadsheetIsRefused() throws IOException {
        assertRefused(Files.writeString(folder.resolve("notes.xlsx"), "Group,Activity\nData,Lead scoring\n"),
                "notes.xlsx is not an .xlsx spreadsheet.");
        assertRefused(Files.write(folder.resolve("empty.xlsx"), new byte[0]), "empty.xlsx is empty");
    }

    @Test
    void readingLeavesTheFileAsItWas() throws IOException {
        Path file = edited("kept.xlsx", book -> { });
        byte[] before = Files.readAllBytes(file);
        var modified = Files.getLastModifiedTime(file);
        SpreadsheetReader.read(file, workshop);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
    }

    private void assertRefused(Path file, String start) {
        assertThatThrownBy(() -> SpreadsheetReader.read(file, workshop)).isInstanceOf(AccordException.class)
                .hasMessageStartingWith(start).hasMessageEndingWith("Nothing was changed.");
    }
}
