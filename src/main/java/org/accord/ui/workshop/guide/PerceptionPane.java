package org.accord.ui.workshop.guide;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.accord.domain.Edit;
import org.accord.domain.Role;
import org.accord.domain.Side;
import org.accord.domain.Workshop;
import org.accord.domain.edit.GuideEdits;
import org.accord.domain.guide.LeadAnswer;
import org.accord.domain.guide.Participant;
import org.accord.domain.guide.PerceptionCheck;
import org.accord.domain.guide.Rating;
import org.accord.room.RoomMode;
import org.accord.ui.workshop.room.RoomPanel;

/**
 * Step 1: who is in the room, and the perception check. Each participant answers two questions; the chart puts the
 * room's answers, IT and marketing side by side, next to the published figures.
 */
public final class PerceptionPane implements StepPane {
    public static final String ADD_ID = "participantName";
    public static final String CHART_ID = "perceptionChart";
    public static final String PARTICIPANTS_ID = "participants";
    /** While the room answers from phones: the answers, one line per participant. */
    public static final String ANSWERS_FROM_ROOM_ID = "answersFromRoom";
    /** Each participant's controls: the prefix and the participant's id. */
    public static final String LEAD_PREFIX = "lead-";
    public static final String RATING_PREFIX = "rating-";
    public static final String SIDE_PREFIX = "side-";
    public static final String PRESENT_PREFIX = "present-";
    public static final String REMOVE_PREFIX = "removeParticipant-";

    private final GuideViewModel model;
    private final GridPane grid = new GridPane();
    private final Map<UUID, ParticipantRow> rows = new LinkedHashMap<>();
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis(0, 100, 20));
    private final VBox figures = new VBox(2);
    private boolean updating;
    private List<UUID> shownOrder = List.of();
    /**
     * While phones answer: who answered what, one line each. The editable grid's drop-down lists cost a frame each
     * to build (several seconds for sixty phones arriving in the same second, during which the projector froze); the
     * grid comes back, editable, when the room stops.
     */
    private final VBox answersFromRoom = new VBox(2);
    private final RoomPanel room;

    PerceptionPane(GuideViewModel model) {
        this.model = model;
        this.room = new RoomPanel(model.workshopModel(), RoomMode.PERCEPTION);
        grid.setId(PARTICIPANTS_ID);
        grid.setHgap(8);
        grid.setVgap(6);
        chart.setId(CHART_ID);
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setLegendSide(javafx.geometry.Side.TOP); // at the bottom it was below the fold at 1280×720
        chart.getYAxis().setLabel("% of answers");
        refresh(model.workshop());
    }

    @Override
    public Parent root() {
        HBox add = Inputs.addField(ADD_ID, "Name of a participant, then Enter", name -> model.edit(GuideEdits.addParticipant(name)));
        // The room first, the chart under it at full width: beside a grid of answers the chart was squeezed to a
        // sliver as soon as the type grew for the projector, and the chart is what the room looks at.
        chart.setMinWidth(480);
        chart.setPrefSize(720, 460);
        HBox.setHgrow(figures, Priority.ALWAYS);
        figures.setPrefWidth(520);
        HBox result = new HBox(16, chart, figures);
        Parent roomHeading = Inputs.heading("Who is in the room");
        Parent ask = Inputs.muted("Ask each one: \"Who leads the digital agenda in your organization?\" and \"How well "
                + "does the other side understand your side's work?\"");
        Parent chartHeading = Inputs.heading("Perception check");
        VBox page = new VBox(8);
        // While the room answers from phones, the chart filling in comes right under the QR code, where the room
        // looks; the list of who answered goes below it.
        answersFromRoom.setId(ANSWERS_FROM_ROOM_ID);
        Runnable arrange = () -> page.getChildren().setAll(room.running()
                ? List.of(room.root(), chartHeading, result, roomHeading, answersFromRoom)
                : List.of(room.root(), roomHeading, add, ask, grid, chartHeading, result));
        model.workshopModel().room().serverProperty().addListener((o, was, now) -> {
            arrange.run();
            refresh(model.workshop());
        });
        arrange.run();
        page.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        return scroll;
    }

    @Override
    public void refresh(Workshop workshop) {
        List<Participant> participants = workshop.guide().participants();
        if (room.running()) {
            List<Label> lines = new java.util.ArrayList<>();
            for (Participant p : participants) {
                lines.add(Inputs.muted(p.name() + " · " + p.side().label() + " · who leads: "
                        + (p.lead() == null ? "–" : p.lead().label()) + " · the other side understands us: "
                        + (p.otherSideUnderstanding() == null ? "–" : p.otherSideUnderstanding().label())
                        + (p.present() ? "" : " (absent)")));
            }
            answersFromRoom.getChildren().setAll(lines);
            shownOrder = List.of(); // the grid is laid out again, whole, when the room stops
            showChart(participants);
            return;
        }
        updating = true;
        try {
            rows.keySet().removeIf(id -> participants.stream().noneMatch(p -> p.id().equals(id)));
            List<UUID> order = participants.stream().map(Participant::id).toList();
            if (order.equals(shownOrder)) {
                // The same people in the same order (an answer changed): update their rows in place; laying out
                // every row again after each of a room's answers cost a frame per answer.
                for (Participant p : participants) {
                    rows.get(p.id()).show(p, workshop.roles());
                }
                return;
            }
            shownOrder = order;
            grid.getChildren().clear();
            String[] headings = {"Name", "Role", "Side", "Present", "Who leads?", "Other side understands us"};
            for (int c = 0; c < headings.length; c++) {
                Label h = new Label(headings[c]);
                h.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                h.getStyleClass().add("column-heading");
                grid.add(h, c, 0);
            }
            int r = 1;
            for (Participant p : participants) {
                ParticipantRow row = rows.computeIfAbsent(p.id(), id -> new ParticipantRow(id));
                row.show(p, workshop.roles());
                row.addTo(grid, r++);
            }
        } finally {
            updating = false;
            showChart(participants);
        }
    }

    private void showChart(List<Participant> participants) {
        List<PerceptionCheck.Bar> bars = PerceptionCheck.bars(participants);
        String[] shortNames = {"IT: IT leads", "Mkt: IT leads", "Mkt: Mkt leads", "Mkt rates IT", "IT rates Mkt"};
        XYChart.Series<String, Number> room = new XYChart.Series<>();
        room.setName("This room");
        XYChart.Series<String, Number> published = new XYChart.Series<>();
        published.setName("Published survey");
        figures.getChildren().clear();
        for (int i = 0; i < bars.size(); i++) {
            PerceptionCheck.Bar bar = bars.get(i);
            room.getData().add(labelled(new XYChart.Data<>(shortNames[i], bar.room().orElse(0)),
                    bar.room().isPresent() ? Math.round(bar.room().getAsDouble()) + " %" : "–"));
            published.getData().add(labelled(new XYChart.Data<>(shortNames[i], bar.published()),
                    Math.round(bar.published()) + " %"));
            String roomText = bar.room().isPresent()
                    ? Math.round(bar.room().getAsDouble()) + "% of " + bar.answered() + " here" : "no answer yet here";
            figures.getChildren().add(Inputs.muted(shortNames[i] + ": " + bar.label() + " — " + roomText + ", "
                    + Math.round(bar.published()) + "% in the " + bar.source()));
        }
        chart.getData().setAll(List.of(room, published));
    }

    /**
     * A bar with its figure just above its top: a 0 % bar has no height, and without the figure the room could not
     * tell "nobody here thinks so" from "not asked".
     */
    private static XYChart.Data<String, Number> labelled(XYChart.Data<String, Number> data, String figure) {
        Label value = new Label(figure);
        value.getStyleClass().add("bar-value");
        value.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane bar = new StackPane(value);
        // The label sits centred in the bar; moved up by half the bar and half itself, it rests on the bar's top.
        value.translateYProperty().bind(bar.heightProperty().add(value.heightProperty()).divide(-2).subtract(2));
        data.setNode(bar);
        return data;
    }

    private Optional<String> change(Edit edit) {
        if (updating) {
            return Optional.empty();
        }
        return model.edit(edit);
    }

    /** One participant's controls, kept across refreshes so the keyboard focus stays put. */
    private final class ParticipantRow {
        private final Label name = new Label();
        private final ChoiceBox<Optional<Role>> role = new ChoiceBox<>();
        private final ChoiceBox<Side> side = new ChoiceBox<>();
        private final CheckBox present = new CheckBox();
        private final ChoiceBox<LeadAnswer> lead = new ChoiceBox<>();
        private final ChoiceBox<Rating> rating = new ChoiceBox<>();
        private final Button remove = new Button("Remove");

        ParticipantRow(UUID id) {
            side.getItems().setAll(Side.values());
            lead.getItems().setAll(LeadAnswer.values());
            rating.getItems().setAll(Rating.values());
            role.setConverter(new StringConverter<>() {
                @Override
                public String toString(Optional<Role> r) {
                    return r == null ? "" : r.map(Role::shortLabel).orElse("No role");
                }

                @Override
                public Optional<Role> fromString(String s) {
                    return Optional.empty();
                }
            });
            lead.setId(LEAD_PREFIX + id);
            rating.setId(RATING_PREFIX + id);
            side.setId(SIDE_PREFIX + id);
            present.setId(PRESENT_PREFIX + id);
            remove.setId(REMOVE_PREFIX + id);
            role.valueProperty().addListener((o, a, b) -> {
                if (b != null) {
                    change(GuideEdits.setParticipantRole(id, b.orElse(null)));
                }
            });
            side.valueProperty().addListener((o, a, b) -> {
                if (b != null) {
                    change(GuideEdits.setParticipantSide(id, b));
                }
            });
            present.selectedProperty().addListener((o, a, b) -> change(GuideEdits.markPresent(id, b)));
            lead.valueProperty().addListener((o, a, b) -> change(GuideEdits.answerWhoLeads(id, b)));
            rating.valueProperty().addListener((o, a, b) -> change(GuideEdits.answerUnderstanding(id, b)));
            remove.setOnAction(e -> model.edit(GuideEdits.removeParticipant(id)));
        }

        void show(Participant p, List<Role> roles) {
            name.setText(p.name());
            List<Optional<Role>> choices = new java.util.ArrayList<>();
            choices.add(Optional.empty());
            roles.forEach(r -> choices.add(Optional.of(r)));
            if (!role.getItems().equals(choices)) {
                role.getItems().setAll(choices);
            }
            role.setValue(choices.stream().filter(c -> c.map(r -> r.id().equals(p.roleId())).orElse(p.roleId() == null))
                    .findFirst().orElse(Optional.empty()));
            side.setValue(p.side());
            present.setSelected(p.present());
            lead.setValue(p.lead());
            rating.setValue(p.otherSideUnderstanding());
        }

        void addTo(GridPane grid, int row) {
            // The name may wrap, the answers may not: "Marketi…" on a projector is a wrong answer, not a short one.
            Inputs.keepWhole(role, side, lead, rating, remove);
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.addRow(row, name, role, side, present, lead, rating, remove);
        }
    }
}
