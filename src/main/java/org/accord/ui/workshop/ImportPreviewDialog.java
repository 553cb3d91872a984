package org.accord.ui.workshop;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.accord.export.csv.ActivityCsvImport.Row;
import org.accord.ui.common.Columns;

/** Shows what a CSV file would add, row by row, before anything is added; bad rows say why they are left out. */
public final class ImportPreviewDialog {
    public static final String TABLE_ID = "importPreview";

    private ImportPreviewDialog() {
    }

    /** True when the facilitator chose to add the good rows. */
    static boolean confirm(Window owner, String fileName, List<Row> rows) {
        long good = rows.stream().filter(Row::ok).count();
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Import activities");
        dialog.setHeaderText(good + " of " + rows.size() + " rows in " + fileName + " can be added"
                + (good < rows.size() ? "; the others are left out, with the reason shown." : "."));
        TableView<Row> table = new TableView<>(FXCollections.observableList(rows));
        table.setId(TABLE_ID);
        table.setPrefSize(760, 360);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Columns.<Row, String>of("Line", 50, r -> String.valueOf(r.line())),
                // Names and reasons wrap rather than end in "…": "Left out: There is alre…" could not be read.
                Columns.<Row, String>wrapping("Activity", 260, Row::name),
                Columns.<Row, String>wrapping("Group", 120, Row::group),
                Columns.<Row, String>wrapping("Result", 300, r -> r.ok() ? "Will be added" : "Left out: " + r.problem())));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("import-row-bad");
                if (!empty && row != null && !row.ok()) {
                    getStyleClass().add("import-row-bad");
                }
            }
        });
        dialog.getDialogPane().setContent(new VBox(8, table,
                new Label("The activities are added as one change: Ctrl+Z takes them all out again.")));
        ButtonType add = new ButtonType("Add " + good + " activities", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(add, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(add).setDisable(good == 0);
        dialog.setResultConverter(button -> button == add);
        return dialog.showAndWait().orElse(false);
    }

}
