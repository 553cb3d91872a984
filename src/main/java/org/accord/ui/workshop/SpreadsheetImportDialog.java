package org.accord.ui.workshop;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.accord.export.xlsx.ProposedChange;
import org.accord.export.xlsx.SpreadsheetChanges;
import org.accord.ui.common.Columns;
import org.accord.ui.common.ScreenArea;

/**
 * Shows what a spreadsheet sent back would change, cell by cell (before → after), with the reason for each change
 * that cannot be applied, and lets the facilitator accept all of them or each; nothing changes until "Apply". What
 * the file says is worked out outside the window ({@link org.accord.export.xlsx.SpreadsheetReader}).
 */
public final class SpreadsheetImportDialog {
    public static final String TABLE_ID = "spreadsheetChanges";
    public static final String ACCEPT_ALL_ID = "acceptAllChanges";
    public static final String ACCEPT_NONE_ID = "acceptNoChanges";
    /** Each change's check box is {@code accept-<cell>}, for example {@code accept-D7}. */
    public static final String ACCEPT_PREFIX = "accept-";

    /** One row of the preview: a change and whether the facilitator accepts it (every applicable one at first). */
    private record Choice(ProposedChange change, BooleanProperty accepted) {
    }

    private SpreadsheetImportDialog() {
    }

    /** The changes the facilitator accepted; empty when they cancelled or accepted none. */
    static List<ProposedChange> choose(Window owner, SpreadsheetChanges changes) {
        ObservableList<Choice> choices = FXCollections.observableArrayList(changes.changes().stream()
                .map(c -> new Choice(c, new SimpleBooleanProperty(c.applicable()))).toList());
        int applicable = changes.applicable().size();
        int refused = changes.changes().size() - applicable;

        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Import changes from a spreadsheet");
        dialog.setHeaderText(heading(changes, applicable, refused));
        dialog.setResizable(true);

        TableView<Choice> table = new TableView<>(choices);
        table.setId(TABLE_ID);
        // Sized to the screen the workshop is on (1280×720 projectors too), every column sharing the width: a column
        // is never narrower than its longest word (Columns.wrapping), so a role reads "Security", not "Se…".
        javafx.geometry.Rectangle2D screen = ScreenArea.of(owner);
        double width = Math.min(1200, screen.getWidth() * 0.85);
        table.setPrefSize(width, Math.min(560, screen.getHeight() * 0.42));
        table.setMinWidth(width); // the dialog's window otherwise sized itself to its header text, about 600 px
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<Choice, Choice> accept = new TableColumn<>("Apply");
        accept.setSortable(false);
        accept.setPrefWidth(60);
        accept.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        accept.setCellFactory(column -> new AcceptCell());
        table.getColumns().setAll(List.of(accept,
                Columns.<Choice, String>wrapping("Cell", 60, c -> c.change().cell()),
                Columns.<Choice, String>wrapping("Activity", 260, c -> c.change().activity()),
                Columns.<Choice, String>wrapping("Role", 110, c -> c.change().role()),
                Columns.<Choice, String>wrapping("Before → after", 130, c -> c.change().beforeAfter()),
                Columns.<Choice, String>wrapping("Result", 300, SpreadsheetImportDialog::result)));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Choice choice, boolean empty) {
                super.updateItem(choice, empty);
                getStyleClass().remove("import-row-bad");
                if (!empty && choice != null && !choice.change().applicable()) {
                    getStyleClass().add("import-row-bad");
                }
            }
        });

        Button all = new Button("Accept all");
        all.setId(ACCEPT_ALL_ID);
        all.setOnAction(e -> choices.forEach(c -> c.accepted().set(c.change().applicable())));
        Button none = new Button("Accept none");
        none.setId(ACCEPT_NONE_ID);
        none.setOnAction(e -> choices.forEach(c -> c.accepted().set(false)));
        all.setDisable(applicable == 0);
        none.setDisable(applicable == 0);
        Label undoNote = new Label("The accepted changes are applied as one change: Ctrl+Z takes them all back.");
        undoNote.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, table, new HBox(8, all, none), undoNote));

        IntegerBinding acceptedCount = Bindings.createIntegerBinding(
                () -> (int) choices.stream().filter(c -> c.accepted().get()).count(),
                choices.stream().map(Choice::accepted).toArray(BooleanProperty[]::new));
        ButtonType apply = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
        Button applyButton = (Button) dialog.getDialogPane().lookupButton(apply);
        applyButton.textProperty().bind(Bindings.createStringBinding(() -> "Apply " + acceptedCount.get()
                + (acceptedCount.get() == 1 ? " change" : " changes"), acceptedCount));
        applyButton.disableProperty().bind(acceptedCount.isEqualTo(0));
        dialog.setResultConverter(button -> button == apply);
        boolean applied = dialog.showAndWait().orElse(false);
        return applied ? choices.stream().filter(c -> c.accepted().get()).map(Choice::change).toList() : List.of();
    }

    private static String heading(SpreadsheetChanges changes, int applicable, int refused) {
        if (!changes.sameWorkshop()) {
            return changes.fileName() + " was exported from another workshop, \"" + changes.exportedFrom()
                    + "\": none of its changes can be applied here.";
        }
        if (changes.changes().isEmpty()) {
            // Only what the team changed in the file counts: a letter changed in Accord since the export is not a
            // change of theirs, and is never put back.
            return "Nobody changed a letter in " + changes.fileName() + " since it was exported: there is nothing to"
                    + " import.";
        }
        return applicable + " of " + changes.changes().size() + (changes.changes().size() == 1 ? " change" : " changes")
                + " in " + changes.fileName() + " can be applied" + (refused > 0
                ? "; the others cannot, with the reason shown." : ".") + " Untick any you do not want.";
    }

    private static String result(Choice choice) {
        ProposedChange change = choice.change();
        if (!change.applicable()) {
            return "Cannot be applied: " + change.problem();
        }
        return "Can be applied" + change.noteIfAny().map(note -> ". " + note).orElse("");
    }

    /** The check box of an applicable change; a change that cannot be applied has none to tick. */
    private static final class AcceptCell extends TableCell<Choice, Choice> {
        private final CheckBox box = new CheckBox();
        private Choice bound;

        @Override
        protected void updateItem(Choice choice, boolean empty) {
            super.updateItem(choice, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.accepted());
                bound = null;
            }
            if (empty || choice == null || !choice.change().applicable()) {
                setGraphic(null);
                return;
            }
            bound = choice;
            box.selectedProperty().bindBidirectional(choice.accepted());
            box.setId(ACCEPT_PREFIX + choice.change().cell());
            setGraphic(box);
        }
    }
}
