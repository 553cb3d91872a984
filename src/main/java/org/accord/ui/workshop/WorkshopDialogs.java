package org.accord.ui.workshop;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.accord.domain.Activity;
import org.accord.domain.Role;
import org.accord.domain.Workshop;
import org.accord.export.ExportFormat;
import org.accord.ui.common.FilePicker;
import org.accord.ui.common.NameDialog;
import org.accord.ui.workshop.matrix.MatrixTable;
import org.accord.ui.workshop.model.SaveState;
import org.accord.ui.workshop.model.WorkshopViewModel;

/**
 * The workshop screen's questions: names, roles, details, confirmations, files, and leaving with unsaved edits. Each
 * dialog that makes an edit builds it once, checks it as the facilitator types, and applies that same edit. Also what
 * the grid's menus and keys ask of the screen ({@link MatrixTable.Actions}).
 */
final class WorkshopDialogs implements MatrixTable.Actions {
    private final WorkshopViewModel model;
    private final FilePicker files;
    private final Supplier<Window> window;
    /** The group of the grid's focused row, where added or imported activities go. */
    private final Supplier<Optional<String>> focusedGroup;

    WorkshopDialogs(WorkshopViewModel model, FilePicker files, Supplier<Window> window,
                    Supplier<Optional<String>> focusedGroup) {
        this.model = model;
        this.files = files;
        this.window = window;
        this.focusedGroup = focusedGroup;
    }

    /**
     * Runs {@code leave} at once when the edits are saved or a save is under way (it finishes first). When saving
     * failed, asks first: save the workshop to a file and then leave, stay, or leave without the unsaved edits.
     */
    void whenLeaving(Runnable leave) {
        if (model.saveStateProperty().get() != SaveState.NOT_SAVED) {
            leave.run();
            return;
        }
        switch (UnsavedChangesDialog.ask(window.get(), model.saveProblemProperty().get())) {
            case SAVE_TO_FILE -> files.save(window.get(), "Save the workshop to a file",
                            model.suggestedFileName(ExportFormat.JSON), ExportFormat.JSON.label(),
                            ExportFormat.JSON.extension())
                    .ifPresent(path -> model.export(ExportFormat.JSON, path, leave));
            case LEAVE -> leave.run();
            case STAY -> { }
        }
    }

    // ---- hand-outs ----

    void export(ExportFormat format) {
        files.save(window.get(), "Export " + format.label(), model.suggestedFileName(format), format.label(),
                format.extension()).ifPresent(path -> model.export(format, path));
    }

    void importActivities() {
        String group = targetGroup();
        files.open(window.get(), "Import activities from CSV", "CSV files", ".csv").ifPresent(csv ->
                model.previewActivities(csv, group, rows -> {
                    if (ImportPreviewDialog.confirm(window.get(), csv.getFileName().toString(), rows)) {
                        model.addActivities(rows);
                    }
                }));
    }

    void importSpreadsheet() {
        files.open(window.get(), "Import changes from a spreadsheet", "Spreadsheets (.xlsx)", ".xlsx").ifPresent(file ->
                model.previewSpreadsheet(file, changes ->
                        model.applySpreadsheetChanges(SpreadsheetImportDialog.choose(window.get(), changes))));
    }

    // ---- edits ----

    private String targetGroup() {
        return focusedGroup.get().orElse(model.groups().isEmpty() ? "Activities" : model.groups().get(0));
    }

    void addActivity() {
        String group = targetGroup();
        NameDialog.ask(window.get(), "Add activity", "New activity in \"" + group + "\"", "",
                name -> model.addActivity(name, group), model::problemWith).ifPresent(model::edit);
    }

    @Override
    public void renameActivity(UUID activityId) {
        String current = model.workshop().activity(activityId).map(Activity::name).orElse("");
        NameDialog.ask(window.get(), "Rename activity", "New name for \"" + current + "\"", current,
                name -> model.renameActivity(activityId, name), model::problemWith).ifPresent(model::edit);
    }

    @Override
    public void removeActivity(UUID activityId) {
        Workshop w = model.workshop();
        long letters = w.letters().keySet().stream().filter(c -> c.activityId().equals(activityId)).count();
        String name = w.activity(activityId).map(Activity::name).orElse("");
        if (letters == 0 || confirm("Remove activity", "Remove \"" + name + "\" and its " + letters
                + " letters? You can undo this with Ctrl+Z.")) {
            model.removeActivity(activityId);
        }
    }

    void addGroup() {
        NameDialog.ask(window.get(), "Add group", "Name of the new group", "",
                model::addGroup, model::problemWith).ifPresent(model::edit);
    }

    @Override
    public void renameGroup(String group) {
        NameDialog.ask(window.get(), "Rename group", "New name for the group \"" + group + "\"", group,
                name -> model.renameGroup(group, name), model::problemWith).ifPresent(model::edit);
    }

    @Override
    public void removeGroup(String group) {
        model.removeGroup(group).ifPresent(this::warn); // a group that still has activities is refused, and says why
    }

    void addRole() {
        RoleDialog.ask(window.get(), "Add role", null, f -> model.addRole(f.name(), f.label(), f.side()), model)
                .ifPresent(model::edit);
    }

    @Override
    public void editRole(UUID roleId) {
        Role role = model.workshop().role(roleId).orElseThrow();
        RoleDialog.ask(window.get(), "Change role " + role.shortLabel(), role,
                f -> model.changeRole(roleId, f.name(), f.label(), f.side()), model).ifPresent(model::edit);
    }

    @Override
    public void removeRole(UUID roleId) {
        Workshop w = model.workshop();
        long letters = w.lettersOf(roleId);
        String label = w.role(roleId).map(Role::shortLabel).orElse("");
        if (letters == 0 || confirm("Remove role", "Remove the role " + label + "? It holds " + letters
                + " letters, which will be removed too. You can undo this with Ctrl+Z.")) {
            model.removeRole(roleId);
        }
    }

    void editDetails() {
        DetailsDialog.ask(window.get(), model).ifPresent(model::edit);
    }

    // ---- answers ----

    private boolean confirm(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.CANCEL, ButtonType.OK);
        alert.initOwner(window.get());
        alert.setHeaderText(title);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    /** Says why an edit was refused. */
    void warn(String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message, ButtonType.OK);
        alert.initOwner(window.get());
        alert.setHeaderText("Not changed");
        alert.showAndWait();
    }
}
