package org.accord.export.xlsx;

import static org.accord.export.xlsx.SpreadsheetMark.FIRST_ROLE_COLUMN;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.accord.domain.AccordException;
import org.accord.domain.Activity;
import org.accord.domain.Cell;
import org.accord.domain.Names;
import org.accord.domain.Raci;
import org.accord.domain.Role;
import org.accord.domain.Workshop;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a spreadsheet that {@link WorkshopSpreadsheet} exported and a team edited offline, and says what it would
 * change in the workshop ({@link SpreadsheetChanges}); it changes nothing itself. Blocking: call it off the JavaFX
 * thread.
 *
 * <p>A cell is proposed when the team changed it: when its text differs from the letter the file was exported with
 * (kept in the hidden {@link SpreadsheetMark} sheet), not merely from the workshop now, so a letter changed in Accord
 * after the export is never put back by a file that left that cell alone. Rows and columns are found by the activity
 * name and role label the team sees, through the ids the export recorded, so a row or role renamed in Accord since
 * the export is still found, and rows the team sorted or moved are read where they are.
 *
 * <p>Refused as a whole, with nothing changed ({@link AccordException}, in the facilitator's words): a file that is not
 * an {@code .xlsx}, one Accord did not export, a damaged or truncated one, a password-protected (encrypted) one, one
 * larger than any export. A file from another workshop is read, but none of its changes can be applied.
 */
public final class SpreadsheetReader {
    /** Far more than a 10,000-row workshop's export (about 1 MB); a larger file is not one of ours. */
    static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final String NOTHING_CHANGED = " Nothing was changed.";
    private static final String EXPORT_FIRST = " Import changes only from a spreadsheet Accord exported"
            + " (Export ▸ Spreadsheet (.xlsx)), edited and saved again as .xlsx.";

    private final Workshop current;
    private final String fileName;

    private SpreadsheetReader(Workshop current, String fileName) {
        this.current = current;
        this.fileName = fileName;
    }

    /** What {@code file} would change in {@code current}. */
    public static SpreadsheetChanges read(Path file, Workshop current) {
        String name = file.getFileName().toString();
        checkReadable(file, name);
        return new SpreadsheetReader(current, name).readPackage(file);
    }

    // ---- the file as a whole ----

    private static void checkReadable(Path file, String name) {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new AccordException("Accord cannot find the file " + file + "." + NOTHING_CHANGED, e);
        } catch (IOException e) {
            throw new AccordException("Accord cannot read the file " + file + ". Check that you may open it."
                    + NOTHING_CHANGED, e);
        }
        if (size == 0) {
            throw new AccordException(name + " is empty: it is not a spreadsheet." + EXPORT_FIRST + NOTHING_CHANGED);
        }
        if (size > MAX_BYTES) {
            throw new AccordException(String.format(Locale.ROOT, "%s is %.0f MB, larger than any spreadsheet Accord "
                    + "exports (at most %d MB), so it is not read.%s%s", name, size / 1048576.0, MAX_BYTES / 1048576,
                    EXPORT_FIRST, NOTHING_CHANGED));
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw damaged(name, e);
        }
        if (magic == FileMagic.OLE2) {
            // A password-protected .xlsx is an encrypted package inside an OLE2 container; so is an old .xls.
            throw encryptedOrOld(file, name);
        }
        if (magic != FileMagic.OOXML) {
            throw new AccordException(name + " is not an .xlsx spreadsheet." + EXPORT_FIRST + NOTHING_CHANGED);
        }
    }

    private static AccordException encryptedOrOld(Path file, String name) {
        boolean encrypted;
        try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
            encrypted = container.getRoot().hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY)
                    || container.getRoot().hasEntryCaseInsensitive("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return damaged(name, e);
        }
        if (encrypted) {
            return passwordProtected(name, null);
        }
        return new AccordException(name + " is an older Excel file (.xls), not a spreadsheet Accord exported."
                + EXPORT_FIRST + NOTHING_CHANGED);
    }

    private static AccordException passwordProtected(String name, Exception cause) {
        return new AccordException(name + " is protected with a password, so Accord cannot read it. Save a copy "
                + "without the password (in Excel: File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password, then "
                + "clear it) and import that." + NOTHING_CHANGED, cause);
    }

    private static AccordException damaged(String name, Exception cause) {
        return new AccordException(name + " is damaged or incomplete and cannot be read (it may not have finished "
                + "copying or downloading). Ask for the file again, or open it in your spreadsheet program and save "
                + "it again as .xlsx." + NOTHING_CHANGED, cause);
    }

    private SpreadsheetChanges readPackage(Path file) {
        OPCPackage opened;
        try {
            opened = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (NotOfficeXmlFileException e) {
            throw new AccordException(fileName + " is not an .xlsx spreadsheet." + EXPORT_FIRST + NOTHING_CHANGED, e);
        } catch (InvalidFormatException | RuntimeException e) {
            throw damaged(fileName, e);
        }
        try {
            XSSFWorkbook book;
            try {
                book = new XSSFWorkbook(opened);
            } catch (EncryptedDocumentException e) {
                throw passwordProtected(fileName, e);
            } catch (IOException | RuntimeException e) {
                throw damaged(fileName, e);
            }
            try {
                return changes(book);
            } catch (AccordException e) {
                throw e;
            } catch (RuntimeException e) { // a part the index promised but the zip lost: read lazily, so here
                throw damaged(fileName, e);
            }
        } finally {
            // Opened for reading: let go without writing anything back (close() would try to save it, and warn).
            opened.revert();
        }
    }

    // ---- the mark: whose file it is, and what was exported ----

    /** What the hidden sheet says about the export: the workshop, and each exported role, row and letter. */
    private record Exported(long workshopId, long createdSecond, String title, Map<String, UUID> roleByLabel,
                            Map<String, UUID> activityByName, Map<Cell, String> letters) {
    }

    private Exported mark(XSSFWorkbook book) {
        XSSFSheet sheet = book.getSheet(SpreadsheetMark.SHEET);
        if (sheet == null || !SpreadsheetMark.SIGNATURE.equals(text(sheet, 0, 0))) {
            throw new AccordException(fileName + " was not exported by Accord (it has no Accord mark)." + EXPORT_FIRST
                    + NOTHING_CHANGED);
        }
        String version = text(sheet, 0, 1);
        if (!version.equals(Integer.toString(SpreadsheetMark.VERSION))) {
            throw new AccordException(fileName + " was exported by " + (version.matches("\\d+")
                    && Integer.parseInt(version) > SpreadsheetMark.VERSION ? "a newer Accord" : "an unknown version of Accord")
                    + "; this Accord cannot read its changes. Export the spreadsheet again from this Accord."
                    + NOTHING_CHANGED);
        }
        try {
            long id = Long.parseLong(text(sheet, SpreadsheetMark.WORKSHOP_ID_ROW, 1));
            long created = Long.parseLong(text(sheet, SpreadsheetMark.CREATED_ROW, 1));
            String title = text(sheet, SpreadsheetMark.TITLE_ROW, 1);
            Map<String, UUID> roles = new HashMap<>();
            List<UUID> roleOrder = new ArrayList<>();
            XSSFRow ids = sheet.getRow(SpreadsheetMark.ROLE_IDS_ROW);
            for (int c = 1; ids != null && !text(ids.getCell(c)).isEmpty(); c++) {
                UUID roleId = UUID.fromString(text(ids.getCell(c)));
                roleOrder.add(roleId);
                roles.put(Names.key(text(sheet, SpreadsheetMark.ROLE_LABELS_ROW, c)), roleId);
            }
            Map<String, UUID> activities = new HashMap<>();
            Map<Cell, String> letters = new HashMap<>();
            for (int r = SpreadsheetMark.ACTIVITY_ROWS_FROM; r <= sheet.getLastRowNum(); r++) {
                XSSFRow row = sheet.getRow(r);
                if (row == null || text(row.getCell(0)).isEmpty()) {
                    continue;
                }
                UUID activityId = UUID.fromString(text(row.getCell(0)));
                activities.put(Names.key(text(row.getCell(1))), activityId);
                for (int c = 0; c < roleOrder.size(); c++) {
                    letters.put(new Cell(activityId, roleOrder.get(c)), text(row.getCell(2 + c)));
                }
            }
            return new Exported(id, created, title, roles, activities, letters);
        } catch (IllegalArgumentException e) { // a number or id edited in the hidden sheet
            throw new AccordException(fileName + " has an Accord mark that was changed by hand, so Accord cannot "
                    + "tell what was exported. Export the spreadsheet again." + NOTHING_CHANGED, e);
        }
    }

    // ---- the matrix sheet against the workshop ----

    /** A column of the matrix sheet that holds letters: its role, or why it has none. */
    private record RoleColumn(int index, String label, UUID roleId, String problem) {
    }

    private SpreadsheetChanges changes(XSSFWorkbook book) {
        Exported exported = mark(book);
        boolean same = exported.workshopId() == current.id()
                && exported.createdSecond() == current.createdAt().getEpochSecond();
        XSSFSheet matrix = book.getSheet(SpreadsheetMark.MATRIX_SHEET);
        if (matrix == null || matrix.getRow(0) == null) {
            throw new AccordException(fileName + " has no sheet named \"" + SpreadsheetMark.MATRIX_SHEET + "\" with "
                    + "the roles in its first row (was it renamed or removed?). Export the spreadsheet again."
                    + NOTHING_CHANGED);
        }
        String otherWorkshop = same ? null : "The spreadsheet was exported from another workshop, \""
                + exported.title() + "\", not from \"" + current.title() + "\".";
        List<RoleColumn> columns = roleColumns(matrix.getRow(0), exported, same);
        Set<String> groups = new HashSet<>();
        current.groups().forEach(g -> groups.add(Names.key(g)));
        Set<UUID> seen = new HashSet<>();
        List<ProposedChange> changes = new ArrayList<>();
        for (int r = 1; r <= matrix.getLastRowNum(); r++) {
            XSSFRow row = matrix.getRow(r);
            String name = row == null ? "" : text(row.getCell(0));
            if (name.isEmpty()) {
                continue;
            }
            Optional<Activity> activity = activityNamed(name, exported, same);
            String rowProblem = null;
            if (activity.isEmpty()) {
                rowProblem = "There is no activity named \"" + name + "\" in this workshop.";
            } else if (!seen.add(activity.get().id())) {
                rowProblem = "The activity \"" + name + "\" is in the spreadsheet twice; only its first row is read.";
            }
            boolean groupHeading = activity.isEmpty() && groups.contains(Names.key(name));
            for (RoleColumn column : columns) {
                String after = text(row.getCell(column.index()));
                Optional<Raci> letter = Raci.fromTyped(after);
                String afterShown = letter.map(Raci::letter).orElse(after);
                String address = new CellReference(r, column.index()).formatAsString(false);
                if (rowProblem != null || column.problem() != null) {
                    // Only a cell that holds something says anything: a group heading, a note under the matrix, or
                    // an empty cell of an unknown role changes nothing.
                    if (!after.isEmpty() && !groupHeading) {
                        changes.add(new ProposedChange(address, name, column.label(), activity.map(Activity::id).orElse(null),
                                column.roleId(), activity.isPresent() && column.roleId() != null
                                ? letterNow(activity.get().id(), column.roleId()) : "",
                                afterShown, letter.orElse(null), rowProblem != null ? rowProblem : column.problem(), null));
                    }
                    continue;
                }
                Cell cell = new Cell(activity.get().id(), column.roleId());
                String now = letterNow(cell.activityId(), cell.roleId());
                String asExported = same ? exported.letters().get(cell) : null;
                String baseline = asExported != null ? asExported : now;
                if (afterShown.equals(baseline) || afterShown.equals(now)) {
                    continue; // the team left it alone, or the workshop already says the same
                }
                String problem = otherWorkshop;
                if (problem == null && !after.isEmpty() && letter.isEmpty()) {
                    problem = "\"" + after + "\" is not a RACI letter: a cell holds R, A, C, I or nothing.";
                }
                String note = asExported != null && !asExported.equals(now)
                        ? "Also changed in Accord since the export (it was " + shown(asExported) + " then)." : null;
                changes.add(new ProposedChange(address, activity.get().name(), column.label(), cell.activityId(),
                        cell.roleId(), now, afterShown, letter.orElse(null), problem, note));
            }
        }
        return new SpreadsheetChanges(fileName, exported.title(), same, changes);
    }

    private List<RoleColumn> roleColumns(XSSFRow header, Exported exported, boolean same) {
        List<RoleColumn> columns = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int c = FIRST_ROLE_COLUMN - 1; c < header.getLastCellNum(); c++) {
            String label = text(header.getCell(c));
            if (label.isEmpty()) {
                continue;
            }
            Optional<Role> role = roleLabelled(label, exported, same);
            if (role.isEmpty() && (label.equalsIgnoreCase(SpreadsheetMark.STATUS_HEADER)
                    || label.equalsIgnoreCase(SpreadsheetMark.RATIONALE_HEADER))) {
                continue;
            }
            String problem = role.isEmpty() ? "There is no role labelled \"" + label + "\" in this workshop."
                    : !seen.add(role.get().id()) ? "The role " + label + " has two columns; only the first is read." : null;
            columns.add(new RoleColumn(c, role.map(Role::shortLabel).orElse(label), role.map(Role::id).orElse(null),
                    problem));
        }
        return columns;
    }

    /**
     * By the id the export recorded for this label (so a role renamed in Accord since is still found), else by
     * today's label (a role removed and added again under the same label).
     */
    private Optional<Role> roleLabelled(String label, Exported exported, boolean same) {
        UUID id = same ? exported.roleByLabel().get(Names.key(label)) : null;
        Optional<Role> byId = id == null ? Optional.empty() : current.role(id);
        return byId.isPresent() ? byId : current.roleLabelled(label);
    }

    private Optional<Activity> activityNamed(String name, Exported exported, boolean same) {
        UUID id = same ? exported.activityByName().get(Names.key(name)) : null;
        Optional<Activity> byId = id == null ? Optional.empty() : current.activity(id);
        if (byId.isPresent()) {
            return byId;
        }
        String key = Names.key(name);
        return current.activities().stream().filter(a -> Names.key(a.name()).equals(key)).findFirst();
    }

    private String letterNow(UUID activityId, UUID roleId) {
        return current.letter(activityId, roleId).map(Raci::letter).orElse("");
    }

    private static String shown(String letter) {
        return letter.isEmpty() ? "empty" : letter;
    }

    // ---- cells ----

    private static String text(XSSFSheet sheet, int row, int column) {
        XSSFRow line = sheet.getRow(row);
        return line == null ? "" : text(line.getCell(column));
    }

    /** A cell's text as the team sees it, stripped; a formula's last value, never the formula. */
    static String text(XSSFCell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> cell.getErrorCellString();
            default -> "";
        };
    }
}
