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
import org.accord.ui.common.Styles;
import org.accord.ui.workshop.model.WorkshopViewModel;

/**
 * Blind dual entry: the CIO's view, then the CMO's, each in its own grid while the other stays hidden from the
 * projector; then "Reveal" lists only the cells where they differ, and each is settled into the agreed matrix.
 */
public final class BlindEntryPane {
    static final String GRID_ID = "blindMatrix";
    static final String REVEAL_ID = "reveal";
    static final String SUMMARY_ID = "blindSummary";
    static final String DIFFERENCES_ID = "differences";

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

    public BlindEntryPane(WorkshopViewModel model, MatrixTable.Actions actions) {
        this.model = model;
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
        cio.setId("enterCio");
        cmo.setId("enterCmo");
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
                    + blind.lettersOf(Leader.CIO) + " letters · CMO: " + blind.lettersOf(Leader.CMO) + " letters.");
            hint.setWrapText(true);
            HBox bar = new HBox(8, cio, cmo, reveal, again);
            bar.setAlignment(Pos.CENTER_LEFT);
            VBox top = new VBox(6, bar, hint);
            top.setPadding(new Insets(8));
            root.setTop(top);
            if (root.getCenter() != grid.table()) {
                root.setCenter(grid.table());
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
        bar.setPadding(new Insets(8));
        root.setTop(bar);
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
        what.setPrefWidth(560);
        Button takeCio = new Button("CIO's: " + letter(d.cio()));
        takeCio.setId("settleCio-" + index);
        takeCio.setOnAction(e -> settle(d, SettledBy.CIO_VIEW, null));
        Button takeCmo = new Button("CMO's: " + letter(d.cmo()));
        takeCmo.setId("settleCmo-" + index);
        takeCmo.setOnAction(e -> settle(d, SettledBy.CMO_VIEW, null));
        ChoiceBox<String> other = new ChoiceBox<>();
        other.getItems().setAll("R", "A", "C", "I", "empty");
        other.setId("settleOther-" + index);
        other.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                settle(d, SettledBy.OTHER, Raci.fromTyped(now).filter(x -> now.length() == 1).orElse(null));
            }
        });
        Label settled = new Label(workshop.guide().blindEntry().settlement(d.activityId(), d.roleId())
                .map(s -> "✓ Agreed: " + letter(s.agreed()) + " (" + s.by().label().toLowerCase() + ")").orElse("Open"));
        settled.getStyleClass().add(settled.getText().startsWith("✓") ? "settled" : Styles.MUTED);
        HBox row = new HBox(8, what, takeCio, takeCmo, new Label("or"), other, settled);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("difference-row");
        return row;
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
