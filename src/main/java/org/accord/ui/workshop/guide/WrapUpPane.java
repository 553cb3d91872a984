package org.accord.ui.workshop.guide;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.accord.domain.Activity;
import org.accord.domain.guide.ActionItem;
import org.accord.domain.guide.WorkshopRecord;
import org.accord.domain.guide.WrapUp;
import org.accord.domain.round.Rounds;
import org.accord.export.ExportFormat;
import javafx.stage.Window;

/**
 * Step 8: one screen with what was agreed, what is still disputed or open, how the blind entry's differences were
 * settled, the working agreement, the action items and the time each step took. Export from here hands it out.
 */
public final class WrapUpPane implements StepPane {
    public static final String ROOT_ID = "wrapUp";
    public static final String HANDOUT_PDF_ID = "handoutPdf";
    public static final String HANDOUT_CSV_ID = "handoutCsv";
    public static final String HANDOUT_XLSX_ID = "handoutXlsx";
    public static final String CLOSE_ROUND_ID = "closeRound";
    public static final String CHANGES_ID = "changesSinceRound";
    public static final String ROUND_STATUS_ID = "roundStatus";

    private final GuideViewModel model;
    private final Consumer<ExportFormat> export;
    private final Supplier<Window> window;
    private final Label roundStatus = new Label();
    private final VBox left = new VBox(6);
    private final VBox right = new VBox(6);

    WrapUpPane(GuideViewModel model, Consumer<ExportFormat> export, Supplier<Window> window) {
        this.model = model;
        this.export = export;
        this.window = window;
        model.nowProperty().addListener((obs, old, now) -> refreshTimesOnly(now));
        model.workshopModel().roundsProperty().addListener((obs, old, now) -> showRounds(now));
        model.workshopModel().sinceLastRoundProperty().addListener((obs, old, now) -> refresh());
        showRounds(model.workshopModel().roundsProperty().get());
        refresh();
    }

    @Override
    public Parent root() {
        HBox both = new HBox(24, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(640);
        right.setPrefWidth(560);
        VBox page = new VBox(12, handOuts(), rounds(), both);
        page.setPadding(new Insets(12));
        page.setId(ROOT_ID);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** The hand-outs carry everything on this screen; the same exports as the Export menu. */
    private HBox handOuts() {
        Button pdf = new Button("PDF hand-out…");
        pdf.setId(HANDOUT_PDF_ID);
        pdf.setOnAction(e -> export.accept(ExportFormat.PDF));
        Button csv = new Button("Agreements as CSV…");
        csv.setId(HANDOUT_CSV_ID);
        csv.setOnAction(e -> export.accept(ExportFormat.AGREEMENTS_CSV));
        // Matrix, findings and agreements in one workbook, for the teams who work in spreadsheets.
        Button xlsx = new Button("Spreadsheet…");
        xlsx.setId(HANDOUT_XLSX_ID);
        xlsx.setOnAction(e -> export.accept(ExportFormat.XLSX));
        Inputs.keepWhole(pdf, csv, xlsx);
        HBox row = new HBox(8, new Label("Hand out:"), pdf, csv, xlsx);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /**
     * Rounds: close one (a named, dated, read-only snapshot with the leaders' sign-off) and see what changed since
     * (issue 19).
     */
    private HBox rounds() {
        Button close = new Button("Close round…");
        close.setId(CLOSE_ROUND_ID);
        close.setOnAction(e -> closeRound());
        Button changes = new Button("What changed…");
        changes.setId(CHANGES_ID);
        changes.setOnAction(e -> ChangesView.show(window.get(), model.workshopModel()));
        Label label = new Label("Rounds:");
        Inputs.keepWhole(label, close, changes);
        roundStatus.setId(ROUND_STATUS_ID);
        roundStatus.setWrapText(true);
        HBox row = new HBox(8, label, close, changes, roundStatus);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(roundStatus, Priority.ALWAYS);
        return row;
    }

    private void closeRound() {
        Rounds rounds = model.workshopModel().roundsProperty().get();
        CloseRoundDialog.ask(window.get(), model.workshop(), rounds.nextNumber(),
                        LocalDate.ofInstant(model.now(), ZoneId.systemDefault()))
                .ifPresent(r -> model.workshopModel().closeRound(r.name(), r.signOffs(), round -> { }));
    }

    private void showRounds(Rounds rounds) {
        String follows = rounds.followUpOf().map(t -> "A follow-up of “" + t + "”. ").orElse("");
        roundStatus.setText(follows + rounds.latest().map(r -> r.heading(ZoneId.systemDefault())
                + (r.signOffs().isEmpty() ? "" : ", signed by " + String.join(" and ", r.signOffs().stream()
                .map(s -> s.name() + " (" + s.role() + ")").toList())) + ". Edits since show as changes.")
                .orElse("No round closed yet."));
    }

    @Override
    public void refresh(org.accord.domain.Workshop workshop) {
        refresh();
    }

    private void refresh() {
        WrapUp wrap = WrapUp.of(model.workshop(), model.now());
        // Rows agreed before the last round whose letters changed since are not agreed as they stand: listed apart.
        var since = model.workshopModel().sinceLastRoundProperty().get();
        List<Activity> changed = since == null ? List.of() : wrap.agreed().stream()
                .filter(a -> since.agreedRowChanged(model.workshop(), a.id())).toList();
        List<Activity> agreed = wrap.agreed().stream().filter(a -> !changed.contains(a)).toList();
        left.getChildren().setAll(Inputs.heading("Agreed (" + agreed.size() + " of "
                + model.workshop().activities().size() + " rows)"));
        agreed.forEach(a -> left.getChildren().add(line(
                (wrap.agreedWithOpenFindings().containsKey(a.id()) ? "⚠ " : "✓ ") + wrap.agreedLine(a)
                + model.guide().agreement(a.id())
                .map(x -> " — " + x.agreedBy() + ", " + AgreementsPane.WHEN.format(x.agreedAt())).orElse(""))));
        if (!changed.isEmpty()) {
            left.getChildren().add(Inputs.heading(since.changedSinceLabel() + ", to agree again (" + changed.size() + ")"));
            changed.forEach(a -> left.getChildren().add(line("↻ " + a.name())));
        }
        left.getChildren().add(Inputs.heading("Open disputes (" + wrap.disputed().size() + ")"));
        wrap.disputed().forEach(a -> left.getChildren().add(line("⚠ " + a.name())));
        left.getChildren().add(Inputs.heading("Not yet agreed (" + wrap.stillOpen().size() + ")"));
        left.getChildren().add(line(wrap.stillOpen().isEmpty() ? "None."
                : String.join(", ", wrap.stillOpen().stream().map(Activity::name).toList())));
        // The rest of the room's work, as the PDF's "Workshop record" has it.
        for (WorkshopRecord.Section section : WorkshopRecord.of(model.workshop(), wrap).sections()) {
            left.getChildren().add(Inputs.heading(section.heading()));
            for (WorkshopRecord.Line l : section.lines()) {
                Label shown = line(l.text());
                if (l.flagged()) {
                    shown.getStyleClass().add("over");
                }
                left.getChildren().add(shown);
            }
        }
        right.getChildren().setAll(Inputs.heading("Working agreement"));
        var working = wrap.working();
        right.getChildren().add(line(working.cadenceMinutesPerWeek() == 0 ? "Meeting cadence not agreed yet."
                : working.cadenceText()));
        right.getChildren().add(line("Escalation: " + (working.escalationPath().isEmpty() ? "not agreed yet" : working.escalationPath())));
        right.getChildren().add(line("Next review: " + (working.nextReview() == null ? "no date yet" : working.nextReview())));
        right.getChildren().add(Inputs.heading("Action items (" + wrap.actions().size() + ")"));
        List<ActionItem> actions = wrap.actions();
        if (actions.isEmpty()) {
            right.getChildren().add(line("None yet."));
        }
        actions.forEach(a -> right.getChildren().add(line((a.done() ? "✓ " : "□ ") + a.what() + " — " + a.owner()
                + (a.due() == null ? "" : ", by " + a.due()))));
        right.getChildren().add(Inputs.heading("Time per step"));
        times = new VBox(2);
        right.getChildren().add(times);
        refreshTimesOnly(model.now());
    }

    private VBox times = new VBox(2);

    private void refreshTimesOnly(Instant now) {
        WrapUp wrap = WrapUp.of(model.workshop(), now);
        times.getChildren().clear();
        for (WrapUp.StepTime t : wrap.times()) {
            Label l = line(t.line());
            if (t.over()) {
                l.getStyleClass().add("over");
            }
            times.getChildren().add(l);
        }
        times.getChildren().add(line("In all: " + WrapUp.minutesAndSeconds(wrap.totalSpent()) + " of "
                + wrap.totalPlannedMinutes() + " min planned."));
    }

    private static Label line(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("wrap-line");
        return label;
    }
}
