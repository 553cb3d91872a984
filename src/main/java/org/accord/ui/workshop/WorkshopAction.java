package org.accord.ui.workshop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.accord.export.ExportFormat;
import org.accord.ui.common.ShortcutSheet;
import org.accord.ui.workshop.matrix.MatrixTable;

/**
 * Every action of the workshop screen, declared once: its menu text, its toolbar text, its keys, and what the
 * keyboard sheet (F1) says it does. The menus, the toolbar, the key bindings and the sheet are all made from this
 * table ({@link ActionFactory}, {@link #shortcutSheet()}), so none of them can drift from the others. What an action
 * does, and when it can, is given where the screen's parts are ({@link WorkshopView}).
 */
public enum WorkshopAction {
    BACK("Back to workshops", "← Workshops", "backToWorkshops", Binding.MENU, "Back to the list of workshops",
            shortcut(KeyCode.W)),
    DETAILS("Details…", "Details…", null, Binding.MENU, null),
    /** Enabled once a round is closed; its text names the round ("What changed since Round 2…"). */
    WHAT_CHANGED("What changed since the last round…", null, null, Binding.MENU, "What changed since the last round",
            shortcut(KeyCode.H)),
    UNDO("Undo", "Undo", "undo", Binding.MENU, "Undo", shortcut(KeyCode.Z)),
    // Ctrl+Y is the other common redo key; both work.
    REDO("Redo", "Redo", "redo", Binding.MENU, "Redo",
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), shortcut(KeyCode.Y)),
    ADD_ACTIVITY("Add activity…", "Add activity", "addActivity", Binding.MENU, "Add an activity", shortcut(KeyCode.N)),
    ADD_ROLE("Add role…", "Add role", "addRole", Binding.MENU, null),
    ADD_GROUP("Add group…", "Add group", null, Binding.MENU, null),

    NEXT_STEP("Next step", null, null, Binding.ANYWHERE, "Next step of the agenda", anywhere(KeyCode.PAGE_DOWN, true)),
    PREVIOUS_STEP("Previous step", null, null, Binding.ANYWHERE, "Previous step of the agenda",
            anywhere(KeyCode.PAGE_UP, true)),
    TIMER("Start or pause the timer", null, null, Binding.ANYWHERE, "Start or pause the step's timer",
            anywhere(KeyCode.T, true)),
    EXTEND_TIMER("Five more minutes", null, null, Binding.MENU, null),
    RESET_TIMER("Reset the timer", null, null, Binding.MENU, null),
    PRESENTATION("Presentation mode", null, null, Binding.ANYWHERE, "Presentation mode on or off",
            anywhere(KeyCode.F5, false)),
    // The grid's zoom, for the room (remembered per workshop): answered anywhere, so also while presenting.
    ZOOM_IN("Zoom in", null, null, Binding.ANYWHERE, "Larger type in the matrix",
            anywhere(KeyCode.EQUALS, true), anywhere(KeyCode.PLUS, true), anywhere(KeyCode.ADD, true)),
    ZOOM_OUT("Zoom out", null, null, Binding.ANYWHERE, "Smaller type in the matrix",
            anywhere(KeyCode.MINUS, true), anywhere(KeyCode.SUBTRACT, true)),
    ZOOM_RESET("Normal size", null, null, Binding.ANYWHERE, "Normal type size in the matrix",
            anywhere(KeyCode.DIGIT0, true), anywhere(KeyCode.NUMPAD0, true)),
    ZOOM_TO_FIT("Fit the matrix to the screen", null, null, Binding.MENU, null),
    SHOW_AGENDA("Agenda list shown or folded", null, null, Binding.MENU, null),
    SHOW_SIDE_PANEL("Side panel shown or folded", null, null, Binding.MENU, null),
    /** In no menu: the menus are hidden while it can be used. */
    LEAVE_PRESENTATION(null, null, null, Binding.ANYWHERE, "Leave presentation mode", anywhere(KeyCode.ESCAPE, false)),

    RENAME_ACTIVITY("Rename activity…", null, null, Binding.MENU, null),
    MOVE_ACTIVITY_UP("Move activity up", null, null, Binding.MENU, "Move the activity up or down in its group",
            alt(KeyCode.UP)),
    MOVE_ACTIVITY_DOWN("Move activity down", null, null, Binding.MENU, "Move the activity up or down in its group",
            alt(KeyCode.DOWN)),
    REMOVE_ACTIVITY("Remove activity…", null, null, Binding.MENU, null),
    CHANGE_ROLE("Change role…", null, null, Binding.MENU, null),
    MOVE_ROLE_LEFT("Move role left", null, null, Binding.MENU, "Move the role's column left or right", alt(KeyCode.LEFT)),
    MOVE_ROLE_RIGHT("Move role right", null, null, Binding.MENU, "Move the role's column left or right",
            alt(KeyCode.RIGHT)),
    REMOVE_ROLE("Remove role…", null, null, Binding.MENU, null),
    IMPORT_ACTIVITIES("Import activities from CSV…", null, null, Binding.MENU, null),
    IMPORT_SPREADSHEET("Import changes from a spreadsheet…", null, null, Binding.MENU, null),

    EXPORT_PDF(ExportFormat.PDF, "Export the PDF report", shortcut(KeyCode.P)),
    EXPORT_CSV(ExportFormat.CSV, null),
    EXPORT_AGREEMENTS_CSV(ExportFormat.AGREEMENTS_CSV, null),
    EXPORT_XLSX(ExportFormat.XLSX, null),
    EXPORT_JSON(ExportFormat.JSON, null),

    /** The window registers F1 for every screen, the start screen too. */
    SHORTCUTS("Keyboard shortcuts", null, null, Binding.WINDOW, "This sheet", new KeyCodeCombination(KeyCode.F1));

    /** Who answers an action's keys. */
    public enum Binding {
        /** The menu item's accelerator (a key that has no visible item gets a hidden one). */
        MENU,
        /**
         * The screen's key filter on the scene, before any control sees the key: these work on every step, in
         * presentation mode (menus hidden), and in a text field or the grid, which would otherwise take them.
         */
        ANYWHERE,
        /** The window, for every screen. */
        WINDOW
    }

    private final String menuText;
    private final String buttonText;
    private final String buttonId;
    private final Binding binding;
    private final String sheetText;
    private final List<KeyCombination> keys;
    private final ExportFormat format;

    WorkshopAction(String menuText, String buttonText, String buttonId, Binding binding, String sheetText,
                   KeyCombination... keys) {
        this(menuText, buttonText, buttonId, binding, sheetText, null, keys);
    }

    WorkshopAction(ExportFormat format, String sheetText, KeyCombination... keys) {
        this(format.label() + "…", null, null, Binding.MENU, sheetText, format, keys);
    }

    WorkshopAction(String menuText, String buttonText, String buttonId, Binding binding, String sheetText,
                   ExportFormat format, KeyCombination... keys) {
        this.menuText = menuText;
        this.buttonText = buttonText;
        this.buttonId = buttonId;
        this.binding = binding;
        this.sheetText = sheetText;
        this.format = format;
        this.keys = List.of(keys);
    }

    /** The text in its menu; null for an action in no menu. */
    public String menuText() {
        return menuText;
    }

    /** The text on its toolbar button; null for an action without one. */
    public String buttonText() {
        return buttonText;
    }

    /** The toolbar button's id, for tests; null if it has none. */
    public String buttonId() {
        return buttonId;
    }

    public Binding binding() {
        return binding;
    }

    /** Its keys, the first the one its menu item shows; empty for an action without keys. */
    public List<KeyCombination> keys() {
        return keys;
    }

    /** The first of its keys; null if it has none. */
    public KeyCombination key() {
        return keys.isEmpty() ? null : keys.get(0);
    }

    /** What the keyboard sheet says it does; null for an action the sheet leaves out (it has no keys). */
    public String sheetText() {
        return sheetText;
    }

    /** The hand-out an Export action writes; null for the other actions. */
    public ExportFormat format() {
        return format;
    }

    /** The Export action for a format. */
    public static WorkshopAction exporting(ExportFormat format) {
        return Arrays.stream(values()).filter(a -> a.format == format).findFirst().orElseThrow();
    }

    /**
     * The keyboard sheet (F1): the grid's own keys, then every action with keys in the order of this table (actions
     * that share a line of the sheet share it, with all their keys), then the start screen's list. The window shows
     * it on every screen.
     */
    public static List<ShortcutSheet.Row> shortcutSheet() {
        List<ShortcutSheet.Row> rows = new ArrayList<>(MatrixTable.KEYS);
        Map<String, List<String>> keysByLine = new LinkedHashMap<>();
        for (WorkshopAction action : values()) {
            if (!action.keys.isEmpty()) {
                String what = Objects.requireNonNull(action.sheetText, () -> action + " has keys but no line on the sheet");
                keysByLine.computeIfAbsent(what, line -> new ArrayList<>())
                        .addAll(action.keys.stream().map(KeyCombination::getDisplayText).toList());
            }
        }
        keysByLine.forEach((what, keys) -> rows.add(new ShortcutSheet.Row(String.join(", ", keys), what)));
        rows.add(new ShortcutSheet.Row("Enter (in the list)", "Open the selected workshop"));
        return List.copyOf(rows);
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination alt(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.ALT_DOWN);
    }

    /**
     * A key the screen's filter answers whatever else is held (Shift, Alt), as it always has: only Ctrl (the
     * shortcut key) must be down or, for keys without it, may be either.
     */
    private static KeyCombination anywhere(KeyCode key, boolean withShortcut) {
        return new KeyCodeCombination(key, withShortcut ? KeyCombination.SHORTCUT_DOWN : KeyCombination.SHORTCUT_ANY,
                KeyCombination.CONTROL_ANY, KeyCombination.SHIFT_ANY, KeyCombination.ALT_ANY, KeyCombination.META_ANY);
    }
}
