package org.accord.ui.workshop.guide;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.accord.domain.Moments;
import org.accord.domain.round.Change;
import org.accord.domain.round.Round;
import org.accord.domain.round.RoundComparison;
import org.accord.domain.round.Rounds;
import org.accord.ui.common.Columns;
import org.accord.ui.common.ScreenArea;
import org.accord.ui.common.WrappedText;
import org.accord.ui.workshop.model.WorkshopViewModel;

/**
 * "Changes since Round N": every changed letter, activity, role, rationale, status, agreement and action item,
 * before → after and when it was saved; or, choosing two rounds, what changed between them. The comparison is the
 * domain's ({@link RoundComparison}), read in the background.
 */
public final class ChangesView {
    public static final String TITLE_ID = "changesTitle";
    public static final String FROM_ID = "changesFrom";
    public static final String TO_ID = "changesTo";
    public static final String TABLE_ID = "changesTable";
    public static final String EVERY_EDIT_ID = "changesEveryEdit";

    /** A choice of the "to" list: a later round, or the workshop now. */
    private record Target(Round round) {
        @Override
        public String toString() {
            return round == null ? "Now" : round.name();
        }
    }

    /** A choice of the "from" list. */
    private record From(Round round, ZoneId zone) {
        @Override
        public String toString() {
            return round.heading(zone);
        }
    }

    private final WorkshopViewModel model;
    private final ZoneId zone = ZoneId.systemDefault();
    private final DateTimeFormatter when = Moments.toTheMinute(zone);
    private final Label title = new Label();
    private final ComboBox<From> from = new ComboBox<>();
    private final ComboBox<Target> to = new ComboBox<>();
    private final TableView<Change> table = new TableView<>();
    /** Off: the difference, before → after. On: every saved change since the round, in order (the audit trail). */
    private final CheckBox everyEdit = new CheckBox("Every saved edit");

    private ChangesView(WorkshopViewModel model) {
        this.model = model;
    }

    /** Shows the changes since the last round (a window of its own, the workshop stays usable). */
    public static void show(Window owner, WorkshopViewModel model) {
        new ChangesView(model).open(owner);
    }

    private void open(Window owner) {
        Rounds rounds = model.roundsProperty().get();
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setResizable(true);
        dialog.setTitle("What changed");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        title.setId(TITLE_ID);
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        from.setId(FROM_ID);
        to.setId(TO_ID);
        table.setId(TABLE_ID);
        table.setPlaceholder(WrappedText.placeholder("Nothing changed."));
        // Wrapping columns: a rationale or an activity's name is read whole, not cut off with "…".
        table.getColumns().add(column("Kind", 100, c -> c.kind().label()));
        table.getColumns().add(column("What", 250, Change::what));
        table.getColumns().add(column("Before", 200, c -> shown(c.before())));
        table.getColumns().add(column("After", 200, c -> shown(c.after())));
        table.getColumns().add(column("When", 140, c -> c.when() == null ? "" : when.format(c.when())));
        // Every column shares a larger window's width, so what, before and after read on fewer lines.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        VBox.setVgrow(table, Priority.ALWAYS);
        everyEdit.setId(EVERY_EDIT_ID);
        HBox choose = new HBox(8, new Label("From"), from, new Label("to"), to, everyEdit);
        choose.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(10, title, choose, table);
        content.setPadding(new Insets(4));
        dialog.getDialogPane().setContent(content);
        javafx.geometry.Rectangle2D screen = ScreenArea.of(owner);
        double width = sized(screen.getWidth(), 940, 80);
        double height = sized(screen.getHeight(), 560, 100);
        dialog.getDialogPane().setPrefSize(width, height);
        dialog.getDialogPane().setMinSize(width, height); // the dialog's window otherwise took a narrower width
        if (rounds.closed().isEmpty()) {
            title.setText("No round closed yet: close one at the wrap-up, and later edits show here as changes since it.");
            choose.setDisable(true);
        } else {
            List<From> froms = rounds.closed().stream().map(r -> new From(r, zone)).toList();
            from.getItems().setAll(froms);
            from.setValue(froms.get(froms.size() - 1));
            fillTargets();
            from.valueProperty().addListener((obs, old, now) -> fillTargets());
            to.valueProperty().addListener((obs, old, now) -> compare());
            everyEdit.selectedProperty().addListener((obs, old, now) -> compare());
            compare();
        }
        dialog.show();
    }

    /**
     * About 70% of the screen, so a 1920×1080 projector shows many changes at once; never less than the table's own
     * {@code least} (940 × 560) where the screen has room for it, and always inside the screen (1280×720).
     */
    static double sized(double screen, double least, double margin) {
        return Math.max(Math.round(screen * 0.7), Math.min(least, screen - margin));
    }

    /** The rounds after the chosen one, and now. */
    private void fillTargets() {
        Round start = from.getValue().round();
        List<Target> targets = new ArrayList<>();
        targets.add(new Target(null));
        model.roundsProperty().get().closed().stream().filter(r -> r.number() > start.number())
                .forEach(r -> targets.add(new Target(r)));
        to.getItems().setAll(targets);
        to.setValue(targets.get(0));
    }

    private void compare() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        to.setDisable(everyEdit.isSelected()); // the trail runs from the round to now
        title.setText("Comparing…");
        if (everyEdit.isSelected()) {
            Round start = from.getValue().round();
            model.historySince(start, trail -> {
                title.setText("Every edit saved since " + start.name() + " (" + trail.size() + ")");
                table.getItems().setAll(trail);
            });
            return;
        }
        model.compare(from.getValue().round(), to.getValue().round(), this::show);
    }

    private void show(RoundComparison comparison) {
        title.setText(comparison.changes().isEmpty()
                ? "No changes since " + comparison.from().heading(zone) + comparison.to().map(t -> " up to " + t.name()).orElse(".")
                : comparison.title() + " (" + comparison.changes().size() + ")");
        table.getItems().setAll(comparison.changes());
    }

    private static TableColumn<Change, String> column(String heading, double width,
                                                      java.util.function.Function<Change, String> value) {
        TableColumn<Change, String> column = Columns.wrapping(heading, width, value);
        column.setSortable(false);
        return column;
    }

    /** A value that was not there (a cell that was empty, a row not yet added) says so. */
    private static String shown(String value) {
        return value.isEmpty() ? "—" : value;
    }
}
