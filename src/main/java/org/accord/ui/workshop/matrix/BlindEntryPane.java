package org.accord.ui.workshop.matrix;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.accord.domain.Activity;
import org.accord.domain.Raci;
import org.accord.domain.Role;
import org.accord.domain.Workshop;
import org.accord.domain.edit.GuideEdits;
import org.accord.domain.guide.BlindEntry.Difference;
import org.accord.domain.guide.BlindEntry.SettledBy;
import org.accord.domain.guide.BlindEntry;
import org.accord.domain.guide.Leader;
import org.accord.domain.guide.WrapUp;
import org.accord.room.RoomMode;
import org.accord.ui.common.Styles;
import org.accord.ui.workshop.room.RoomPanel;
import org.accord.ui.workshop.model.WorkshopViewModel;

/**
 * Blind dual entry: the CIO's view, then the CMO's, each in its own grid while the other stays hidden from the
 * projector; then "Reveal" lists only the cells where they differ, and each is settled into the agreed matrix.
 */
public final class BlindEntryPane {
    public static final String GRID_ID = "blindMatrix";
    public static final String REVEAL_ID = "reveal";
    public static final String SUMMARY_ID = "blindSummary";
    public static final String DIFFERENCES_ID = "differences";
    public static final String ENTER_CIO_ID = "enterCio";
    public static final String ENTER_CMO_ID = "enterCmo";
    /** A difference's buttons: the prefix and the difference's place in the list, from 0. */
    public static final String SETTLE_CIO_PREFIX = "settleCio-";
    public static final String SETTLE_CMO_PREFIX = "settleCmo-";
    public static final String SETTLE_OTHER_PREFIX = "settleOther-";
    public static final String DIFFERENCE_ROW_PREFIX = "differenceRow-";

    private final WorkshopViewModel model;
    private final BorderPane root = new BorderPane();
    private final MatrixTable grid;
    private final ToggleGroup leaders = new ToggleGroup();
    private final ToggleButton cio = new ToggleButton("Enter the CIO's view");
    private final ToggleButton cmo = new ToggleButton("Enter the CMO's view");
    private final Button reveal = new Button("Reveal the differences");
    private final Label summary = new Label();
    private final VBox differences = new VBox(6);
    private boolean updating;
    private final RoomPanel room;
    /** While the leaders enter on their own devices: the laptop shows their progress, never their letters. */
    private final Label onDevices = new Label("The CIO and the CMO are entering their views on their own devices. "
            + "Their letters stay hidden here until you reveal the differences.");

    public BlindEntryPane(WorkshopViewModel model, MatrixTable.Actions actions) {
        this.model = model;
        this.room = new RoomPanel(model, RoomMode.BLIND_ENTRY);
        onDevices.setWrapText(true);
        onDevices.setPadding(new Insets(16));
        model.room().serverProperty().addListener((o, was, now) -> refresh(model.workshop()));
        this.grid = new MatrixTable(model, actions, new MatrixTable.Layer() {
            @Override
            public Optional<Raci> letter(Workshop workshop, UUID activityId, UUID roleId) {
                BlindEntry blind = workshop.guide().blindEntry();
                return blind.revealed() ? Optional.empty() : blind.letter(blind.entering(), activityId, roleId);
            }

            @Override
            public void set(UUID activityId, UUID roleId, Raci letter) {
                Leader leader = model.workshop().guide().blindEntry().entering();
                if (leader != null) {
                    model.edit(GuideEdits.setBlindLetter(leader, activityId, roleId, letter));
                }
            }
        }, GRID_ID);
        cio.setId(ENTER_CIO_ID);
        cmo.setId(ENTER_CMO_ID);
        cio.setToggleGroup(leaders);
        cmo.setToggleGroup(leaders);
        leaders.selectedToggleProperty().addListener((obs, old, now) -> {
            if (updating) {
                return;
            }
            if (now == null) {
                updating = true;
                leaders.selectToggle(old); // one view is always the one being entered
                updating = false;
                return;
            }
            Leader leader = now == cio ? Leader.CIO : Leader.CMO;
            model.edit(GuideEdits.enterView(leader));
            grid.focusFirstCell();
        });
        reveal.setId(REVEAL_ID);
        reveal.setOnAction(e -> model.edit(GuideEdits.revealViews()));
        summary.setId(SUMMARY_ID);
        summary.setWrapText(true);
        differences.setId(DIFFERENCES_ID);
        // Redrawn only while on screen (and when it comes back), so typing in the agreed grid stays fast.
        model.workshopProperty().addListener((obs, old, now) -> {
            if (root.getScene() != null) {
                refresh(now);
            }
        });
        root.sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                refresh(model.workshop());
            }
        });
        refresh(model.workshop());
    }

    public Parent root() {
        return root;
    }

    public MatrixTable grid() {
        return grid;
    }

    /** Presenting: a leader's link is never on the projector. */
    public void setPresenting(boolean on) {
        room.setPresenting(on);
    }

    private void refresh(Workshop workshop) {
        BlindEntry blind = workshop.guide().blindEntry();
        updating = true;
        try {
            leaders.selectToggle(blind.entering() == Leader.CMO ? cmo : blind.entering() == Leader.CIO ? cio : null);
        } finally {
            updating = false;
        }
        Button again = new Button("Start the blind entry again…");
        again.setOnAction(e -> startAgain());
        if (!blind.revealed()) {
            Label hint = new Label("Only the " + blind.entering().label() + "'s letters are shown; the "
                    + blind.entering().other().label() + "'s stay hidden until you reveal. CIO: "
                    + letters(blind.lettersOf(Leader.CIO)) + " · CMO: " + letters(blind.lettersOf(Leader.CMO)) + ".");
            hint.setWrapText(true);
            HBox bar = new HBox(8, cio, cmo, reveal, again);
            bar.setAlignment(Pos.CENTER_LEFT);
            boolean onTheirDevices = room.running();
            cio.setDisable(onTheirDevices);
            cmo.setDisable(onTheirDevices);
            VBox top = onTheirDevices ? new VBox(6, room.root(), bar) : new VBox(6, room.root(), bar, hint);
            top.setPadding(new Insets(8));
            root.setTop(top);
            javafx.scene.Node center = onTheirDevices ? onDevices : grid.table();
            if (root.getCenter() != center) {
                root.setCenter(center);
            }
            summary.setText("");
            return;
        }
        List<Difference> found = workshop.blindDifferences();
        WrapUp wrap = WrapUp.of(workshop, workshop.lastEditedAt());
        summary.setText(found.size() + (found.size() == 1 ? " difference" : " differences") + " · settled with the CIO's letter: "
                + wrap.settledByCio() + " · with the CMO's: " + wrap.settledByCmo() + " · another answer: "
                + wrap.settledOther() + " · still to settle: " + wrap.unsettled());
        HBox bar = new HBox(8, summary, again);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, room.root(), bar);
        top.setPadding(new Insets(8));
        root.setTop(top);
        differences.getChildren().clear();
        if (found.isEmpty()) {
            differences.getChildren().add(new Label("The two views agree on every cell: they are in the agreed matrix."));
        }
        for (int i = 0; i < found.size(); i++) {
            differences.getChildren().add(differenceRow(workshop, found.get(i), i));
        }
        ScrollPane scroll = new ScrollPane(differences);
        scroll.setFitToWidth(true);
        differences.setPadding(new Insets(8));
        root.setCenter(scroll);
    }

    private Parent differenceRow(Workshop workshop, Difference d, int index) {
        String activity = workshop.activity(d.activityId()).map(Activity::name).orElse("?");
        String role = workshop.role(d.roleId()).map(Role::shortLabel).orElse("?");
        Label what = new Label(activity + " · " + role + ":  CIO says " + letter(d.cio()) + ", CMO says " + letter(d.cmo()));
        what.setWrapText(true);
        // The cell alone says little: the room settles it seeing each leader's whole row, the cell in brackets.
        Label context = new Label("CIO's row: " + rowOf(workshop, Leader.CIO, d) + "\nCMO's row: " + rowOf(workshop, Leader.CMO, d));
        context.setId(DIFFERENCE_ROW_PREFIX + index);
        context.setWrapText(true);
        context.getStyleClass().add(Styles.MUTED);
        VBox cell = new VBox(2, what, context);
        cell.setPrefWidth(560);
        Button takeCio = new Button("CIO's: " + letter(d.cio()));
        takeCio.setId(SETTLE_CIO_PREFIX + index);
        takeCio.setOnAction(e -> settle(d, SettledBy.CIO_VIEW, null));
        Button takeCmo = new Button("CMO's: " + letter(d.cmo()));
        takeCmo.setId(SETTLE_CMO_PREFIX + index);
        takeCmo.setOnAction(e -> settle(d, SettledBy.CMO_VIEW, null));
        ChoiceBox<String> other = new ChoiceBox<>();
        other.getItems().setAll("R", "A", "C", "I", "empty");
        other.setId(SETTLE_OTHER_PREFIX + index);
        other.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                settle(d, SettledBy.OTHER, Raci.fromTyped(now).filter(x -> now.length() == 1).orElse(null));
            }
        });
        Label settled = new Label(workshop.guide().blindEntry().settlement(d.activityId(), d.roleId())
                .map(s -> "✓ Agreed: " + letter(s.agreed()) + " (" + settledBy(s.by()) + ")").orElse("Open"));
        settled.getStyleClass().add(settled.getText().startsWith("✓") ? "settled" : Styles.MUTED);
        HBox row = new HBox(8, cell, takeCio, takeCmo, new Label("or"), other, settled);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("difference-row");
        return row;
    }

    /** One leader's letters across the difference's row: "CIO A · [CMO R] · Sales –", the differing cell bracketed. */
    private static String rowOf(Workshop workshop, Leader leader, Difference d) {
        var blind = workshop.guide().blindEntry();
        List<String> cells = new java.util.ArrayList<>();
        for (Role r : workshop.roles()) {
            String cell = r.shortLabel() + " " + blind.letter(leader, d.activityId(), r.id()).map(Raci::letter).orElse("–");
            cells.add(r.id().equals(d.roleId()) ? "[" + cell + "]" : cell);
        }
        return String.join(" · ", cells);
    }

    /** "the CMO's letter": the label mid-sentence, its role names kept in capitals. */
    static String settledBy(SettledBy by) {
        String label = by.label();
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    static String letters(long count) {
        return count + (count == 1 ? " letter" : " letters");
    }

    private static String letter(Raci letter) {
        return letter == null ? "empty" : letter.letter();
    }

    private void settle(Difference d, SettledBy by, Raci other) {
        model.edit(GuideEdits.settleDifference(d, by, other));
    }

    private void startAgain() {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Clear both blind views and their settlements? The agreed "
                + "matrix keeps its letters. You can undo this with Ctrl+Z.", ButtonType.CANCEL, ButtonType.OK);
        alert.initOwner(root.getScene().getWindow());
        alert.setHeaderText("Start the blind entry again");
        if (alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
            model.edit(GuideEdits.startBlindEntryAgain());
        }
    }
}
