package org.accord.ui.start;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.accord.session.BackupCopy;

/** Lists the backups by time with their workshops; the chosen one is restored after the facilitator agrees. */
public final class RestoreDialog {
    public static final String LIST_ID = "backupList";

    private RestoreDialog() {
    }

    static Optional<BackupCopy> choose(Window owner, List<BackupCopy> backups) {
        Dialog<BackupCopy> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Restore from backup");
        dialog.setHeaderText(backups.isEmpty() ? "There are no backups yet." : "Choose the backup to put back.");
        ListView<BackupCopy> list = new ListView<>(FXCollections.observableList(backups));
        list.setId(LIST_ID);
        list.setPrefSize(720, 320);
        list.setCellFactory(view -> new ListCell<>() {
            private final Label text = new Label();

            {
                text.setWrapText(true);
                text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // all the titles, never "…"
                text.maxWidthProperty().bind(view.widthProperty().subtract(30));
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(BackupCopy backup, boolean empty) {
                super.updateItem(backup, empty);
                setText(null);
                text.setText(empty || backup == null ? null : describe(backup));
                setGraphic(empty || backup == null ? null : text);
            }
        });
        list.getSelectionModel().selectFirst();
        Label explain = new Label("Restoring puts the chosen backup in place of your current workshops. "
                + "The current file is kept in the backups folder, not deleted.");
        explain.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, list, explain));
        dialog.getDialogPane().setPrefWidth(780);
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(restore, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(restore).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(button -> button == restore ? list.getSelectionModel().getSelectedItem() : null);
        return dialog.showAndWait();
    }

    static String describe(BackupCopy backup) {
        String when = StartViewModel.BACKUP_TIME.format(backup.takenAt());
        String why = switch (backup.reason()) {
            case "closed" -> "when a workshop was closed";
            case "opened" -> "when Accord started";
            default -> "at a time Accord did not record";
        };
        String titles = backup.workshops().stream().map(BackupCopy.HeldWorkshop::title).collect(Collectors.joining(", "));
        if (backup.editSequence() < 0) {
            return when + " — its list of workshops was not kept; restoring shows what it holds";
        }
        return when + ", taken " + why + " — " + backup.workshops().size()
                + (backup.workshops().size() == 1 ? " workshop" : " workshops") + (titles.isEmpty() ? "" : ": " + titles);
    }
}
