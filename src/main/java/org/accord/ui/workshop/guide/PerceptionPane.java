package org.accord.ui.workshop.guide;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
    public static final String LEGEND_ID = "perceptionLegend";
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
    /** The room's bars dark blue, the survey's amber: told apart on any projector (they were two greys of the theme). */
    static final String ROOM_COLOUR = "#1d4e89";
    static final String SURVEY_COLOUR = "#e39b1b";
    /** Where the percent axis ends: above 100, so that the figure over a 100 % bar is not cut off. */
    static final double HEADROOM = 116;
    private final FiguredBarChart chart = new FiguredBarChart(new CategoryAxis(), new NumberAxis(0, HEADROOM, 20));
    /** The chart's legend (the room's colour, the survey's), drawn here: see the constructor. */
    private final HBox legend = new HBox(24);
    private final VBox chartWithLegend = new VBox(4, legend, chart);
    private final VBox figures = new VBox(2);
    private boolean updating;
    private List<UUID> shownOrder = List.of();
    /**
     * While phones answer: who answered what, one line each. The editable grid's drop-down lists cost a frame each
     * to build (several seconds for sixty phones arriving in the same second, during which the projector froze); the
     * grid comes back, editable, when the room stops.
     */
    private final ListView<String> answersFromRoom = new ListView<>();
    private final RoomPanel room;
    /** The five comparisons' names under the bars, on two lines so that they stand upright on a projector too. */
    private static final String[] SHORT_NAMES = {"IT says\nIT leads", "Mkt says\nIT leads", "Mkt says\nMkt leads",
        "Mkt rates\nIT", "IT rates\nMkt"};
    private final List<BarFigure> roomBars = new java.util.ArrayList<>();
    private final List<BarFigure> publishedBars = new java.util.ArrayList<>();
    private final List<Label> figureLines = new java.util.ArrayList<>();

    PerceptionPane(GuideViewModel model) {
        this.model = model;
        this.room = new RoomPanel(model.workshopModel(), RoomMode.PERCEPTION);
        grid.setId(PARTICIPANTS_ID);
        grid.setHgap(8);
        grid.setVgap(6);
        chart.setId(CHART_ID);
        chart.setAnimated(false);
        // The chart's own legend drew its colour swatches with the theme's chart-bar style, whose looked-up colour
        // JavaFX could not resolve while the screen built ahead moved into the window: a ClassCastException warning
        // in the support log at every such opening. The legend is drawn here, above the chart (at the chart's
        // bottom it was below the fold at 1280×720), in plain colours of its own.
        chart.setLegendVisible(false);
        legend.setId(LEGEND_ID);
        legend.getStyleClass().add("perception-legend");
        legend.setAlignment(javafx.geometry.Pos.CENTER);
        legend.getChildren().setAll(legendItem("This room", ROOM_COLOUR), legendItem("Published survey", SURVEY_COLOUR));
        VBox.setVgrow(chart, Priority.ALWAYS);
        chartWithLegend.setMinSize(360, 240);
        chartWithLegend.setPrefSize(720, 460);
        chart.getYAxis().setLabel("% of answers");
        ((NumberAxis) chart.getYAxis()).setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number percent) {
                return percent.doubleValue() > 100 ? "" : String.valueOf(percent.intValue());
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
        chart.setBarGap(8); // presenting, two bars' figures side by side stayed apart only with a gap between the bars
        buildChart();
        refresh(model.workshop());
    }

    @Override
    public Parent root() {
        HBox add = Inputs.addField(ADD_ID, "Name of a participant, then Enter", name -> model.edit(GuideEdits.addParticipant(name)));
        // The chart at full width under the participants: beside a grid of answers it was squeezed to a sliver as
        // soon as the type grew for the projector, and the chart is what the room looks at.
        HBox.setHgrow(figures, Priority.ALWAYS);
        figures.setPrefWidth(520);
        HBox result = new HBox(16);
        Parent roomHeading = Inputs.heading("Who is in the room");
        Parent ask = Inputs.muted("Ask each one: \"Who leads the digital agenda in your organization?\" and \"How well "
                + "does the other side understand your side's work?\"");
        Label chartHeading = Inputs.heading("Perception check");
        VBox page = new VBox(8);
        page.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        // While the room answers from phones, the QR code and the address stand on the left and the chart fills in
        // beside them, the two together as high as the screen: under the QR code, the chart was below the fold of a
        // 1280×720 projector. What explains the bars, and who answered what, follow below.
        VBox chartColumn = new VBox(4);
        HBox.setHgrow(chartColumn, Priority.ALWAYS);
        VBox.setVgrow(chartWithLegend, Priority.ALWAYS);
        HBox joining = new HBox(16, chartColumn);
        // Set only when the height differs, never bound: the scroll pane makes new viewport bounds at every layout,
        // and a binding on them asked for the next layout each time, so step 1 was laid out again at every frame
        // (sixty times a second, with nothing changing) as long as it was on screen (issue 18).
        java.util.function.Consumer<javafx.geometry.Bounds> fitToScreen = viewport -> {
            double screenHigh = Math.max(240, viewport.getHeight() - page.getPadding().getTop()
                    - page.getPadding().getBottom());
            joining.setPrefHeight(screenHigh); // a property set to the value it has changes nothing
            chartColumn.setMaxHeight(screenHigh); // a tall column of advice beside it never pushes it down
        };
        fitToScreen.accept(scroll.getViewportBounds());
        scroll.viewportBoundsProperty().addListener((o, was, now) -> fitToScreen.accept(now));
        answersFromRoom.setId(ANSWERS_FROM_ROOM_ID);
        answersFromRoom.setFocusTraversable(false);
        // The theme's rows are 2.8 lines high, for clicking; these lines are read, not clicked: "dense" (2 lines)
        // shows half as many again on a 1280×720 projector.
        answersFromRoom.getStyleClass().add("dense");
        answersFromRoom.setPrefHeight(240);
        answersFromRoom.setMinHeight(120);
        Runnable arrange = () -> {
            if (room.running()) {
                result.getChildren().clear();
                chartColumn.getChildren().setAll(chartHeading, chartWithLegend);
                joining.getChildren().setAll(room.root(), chartColumn);
                page.getChildren().setAll(joining, room.advice(), figures, roomHeading, answersFromRoom);
            } else {
                chartColumn.getChildren().clear();
                joining.getChildren().clear();
                result.getChildren().setAll(chartWithLegend, figures);
                page.getChildren().setAll(room.root(), roomHeading, add, ask, grid, chartHeading, result);
            }
        };
        model.workshopModel().room().serverProperty().addListener((o, was, now) -> {
            arrange.run();
            refresh(model.workshop());
        });
        arrange.run();
        return scroll;
    }

    @Override
    public void refresh(Workshop workshop) {
        List<Participant> participants = workshop.guide().participants();
        if (room.running()) {
            // A list that lays out only the lines in view: sixty lines of wrapped text laid out again after every
            // batch of answers held the JavaFX thread for most of a second (a profile of the burst, issue 18).
            List<String> lines = new java.util.ArrayList<>(participants.size());
            for (Participant p : participants) {
                lines.add(p.name() + " · " + p.side().label() + " · who leads: "
                        + (p.lead() == null ? "–" : p.lead().label()) + " · the other side understands us: "
                        + (p.otherSideUnderstanding() == null ? "–" : p.otherSideUnderstanding().label())
                        + (p.present() ? "" : " (absent)"));
            }
            if (!answersFromRoom.getItems().equals(lines)) {
                answersFromRoom.getItems().setAll(lines);
            }
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
            List<Label> headingLabels = new java.util.ArrayList<>();
            for (int c = 0; c < headings.length; c++) {
                Label h = new Label(headings[c]);
                h.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                h.getStyleClass().add("column-heading");
                grid.add(h, c, 0);
                headingLabels.add(h);
            }
            List<ParticipantRow> shown = new java.util.ArrayList<>();
            int r = 1;
            for (Participant p : participants) {
                ParticipantRow row = rows.computeIfAbsent(p.id(), id -> new ParticipantRow(id));
                row.show(p, workshop.roles());
                row.addTo(grid, r++);
                shown.add(row);
            }
            shareChoiceWidths(shown, headingLabels.get(0));
        } finally {
            updating = false;
            showChart(participants);
        }
    }

    /**
     * Puts the room's figures on the bars made once ({@link #buildChart}): the bars, their figures and the lines
     * beside them stay the same nodes from one answer to the next; only their values change. Replacing the two
     * series after every answer had the whole chart styled and laid out afresh each time.
     */
    private void showChart(List<Participant> participants) {
        List<PerceptionCheck.Bar> bars = PerceptionCheck.bars(participants);
        for (int i = 0; i < bars.size(); i++) {
            PerceptionCheck.Bar bar = bars.get(i);
            roomBars.get(i).show(bar.room().orElse(0),
                    bar.room().isPresent() ? Math.round(bar.room().getAsDouble()) + " %" : "–");
            publishedBars.get(i).show(bar.published(), Math.round(bar.published()) + " %");
            String roomText = bar.room().isPresent()
                    ? Math.round(bar.room().getAsDouble()) + "% of " + bar.answered() + " here" : "no answer yet here";
            String line = SHORT_NAMES[i].replace('\n', ' ') + ": " + bar.label() + " — " + roomText + ", "
                    + Math.round(bar.published()) + "% in the " + bar.source();
            Label shown = figureLines.get(i);
            if (!line.equals(shown.getText())) {
                shown.setText(line);
            }
        }
    }

    /**
     * A bar's node, its colour in its own style. Coloured by the stylesheet, over the theme's chart-bar style, the
     * bars made JavaFX log a ClassCastException warning at every opening of a screen built ahead (ScreenAhead): as
     * it moved into the window, JavaFX worked out the theme's gradient, whose colour it could not look up there.
     * The node's own style always wins, and names no colour to look up.
     */
    private static javafx.scene.layout.StackPane bar(String colour) {
        javafx.scene.layout.StackPane bar = new javafx.scene.layout.StackPane();
        bar.setStyle("-fx-bar-fill: " + colour + "; -fx-background-color: " + colour + ";");
        return bar;
    }

    private static HBox legendItem(String text, String colour) {
        Region swatch = bar(colour);
        swatch.getStyleClass().add("legend-swatch");
        swatch.setMinSize(14, 14);
        swatch.setPrefSize(14, 14);
        swatch.setMaxSize(14, 14);
        HBox item = new HBox(6, swatch, new Label(text));
        item.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return item;
    }

    /** The chart's two series, made once: this room's bars, then the published survey's. */
    private void buildChart() {
        XYChart.Series<String, Number> ours = new XYChart.Series<>();
        ours.setName("This room");
        XYChart.Series<String, Number> published = new XYChart.Series<>();
        published.setName("Published survey");
        for (String name : SHORT_NAMES) {
            BarFigure room = new BarFigure(name, ROOM_COLOUR);
            BarFigure survey = new BarFigure(name, SURVEY_COLOUR);
            roomBars.add(room);
            publishedBars.add(survey);
            ours.getData().add(room.data);
            published.getData().add(survey.data);
            Label line = Inputs.muted("");
            figureLines.add(line);
            figures.getChildren().add(line);
        }
        chart.getData().setAll(List.of(ours, published));
        // The category axis turns its names upright when they do not fit, and never back by itself: on a projector
        // they stayed turned, cut off at the chart's foot, after the chart had room again. Each new width asks anew.
        CategoryAxis categories = (CategoryAxis) chart.getXAxis();
        chart.widthProperty().addListener((o, was, now) -> categories.setTickLabelRotation(0));
    }

    /**
     * A bar with its figure just above its top: a 0 % bar has no height, and without the figure the room could not
     * tell "nobody here thinks so" from "not asked". The axis goes on above 100 % ({@link #HEADROOM}), unlabelled,
     * so that a 100 % bar's figure has room too: it was cut off by the chart's top edge.
     */
    private final class BarFigure {
        private final XYChart.Data<String, Number> data;
        private final Label value;

        BarFigure(String category, String colour) {
            data = new XYChart.Data<>(category, 0);
            value = chart.figureOf(data);
            data.setNode(bar(colour));
        }

        void show(double percent, String figure) {
            if (data.getYValue().doubleValue() != percent) {
                data.setYValue(percent);
            }
            if (!figure.equals(value.getText())) {
                value.setText(figure);
            }
        }
    }

    private Optional<String> change(Edit edit) {
        if (updating) {
            return Optional.empty();
        }
        return model.edit(edit);
    }

    /**
     * A bar chart that writes each bar's figure just above the bar. The figures lie beside the bars in the chart's
     * plot, not inside the bars' own nodes: a label inside a bar had JavaFX work out the bar's theme colour while
     * the screen built ahead moved into the window, before that colour could be looked up, and the support log got
     * a ClassCastException warning for each bar at every such opening.
     */
    static final class FiguredBarChart extends BarChart<String, Number> {
        private final Map<XYChart.Data<String, Number>, Label> figures = new LinkedHashMap<>();

        FiguredBarChart(CategoryAxis categories, NumberAxis percent) {
            super(categories, percent);
        }

        /** The label that shows this bar's figure (made the first time it is asked for). */
        Label figureOf(XYChart.Data<String, Number> data) {
            return figures.computeIfAbsent(data, d -> {
                Label figure = new Label();
                figure.getStyleClass().add("bar-value");
                figure.setManaged(false);
                getPlotChildren().add(figure);
                return figure;
            });
        }

        @Override
        protected void layoutPlotChildren() {
            super.layoutPlotChildren();
            figures.forEach((data, figure) -> {
                javafx.scene.Node bar = data.getNode();
                if (bar == null) {
                    return;
                }
                javafx.geometry.Bounds at = bar.getBoundsInParent();
                double width = figure.prefWidth(-1);
                double height = figure.prefHeight(width);
                // Over its bar, but never past the plot's left or right edge, where it would be cut off ("00 %").
                double x = Math.max(0, Math.min(at.getMinX() + (at.getWidth() - width) / 2, getXAxis().getWidth() - width));
                figure.resizeRelocate(Math.round(x), Math.round(at.getMinY() - height - 2), width, height);
                // No wider than its bar and the gap beside it: on a 1280×720 projector, presenting, two bars' figures
                // ran into each other ("67 %69 %"). A figure that would is drawn smaller, about its centre.
                double scale = Math.max(0.6, Math.min(1, (at.getWidth() + getBarGap() - 2) / width));
                figure.setScaleX(scale);
                figure.setScaleY(scale);
                figure.toFront();
            });
        }
    }

    /**
     * Gives every row's drop-down lists the width of the first row's, instead of each working out its own. A drop-down
     * list is as wide as its longest choice, and JavaFX finds that by styling the list's whole pop-up menu: for sixty
     * participants, 240 menus, and stopping the room froze the window for over three seconds while the grid was laid
     * out again (a profile: 1,119 of 1,782 JavaFX-thread samples in ChoiceBoxSkin.computePrefWidth). The first row's
     * lists measure themselves; the others follow their width. When the type size changes (presenting, F5) the others
     * let go for one layout, so that the columns can narrow again, then follow the first row's new width.
     */
    private void shareChoiceWidths(List<ParticipantRow> shown, Label sameFontAsTheRows) {
        rows.values().forEach(ParticipantRow::measureOwnWidths);
        if (shown.size() < 2) {
            return;
        }
        ParticipantRow first = shown.get(0);
        List<ParticipantRow> rest = shown.subList(1, shown.size());
        Runnable follow = () -> rest.forEach(row -> row.followWidths(first));
        follow.run();
        sameFontAsTheRows.fontProperty().addListener((o, was, now) -> {
            rest.forEach(row -> row.letGoOfWidths());
            Platform.runLater(follow); // after this pulse, whose layout gave the first row its new widths
        });
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

        private List<ChoiceBox<?>> choices() {
            return List.of(role, side, lead, rating);
        }

        /** Each list works out its own width (the row that others follow, or a row alone). */
        void measureOwnWidths() {
            choices().forEach(box -> {
                box.prefWidthProperty().unbind();
                box.setPrefWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
            });
        }

        /** Each list as wide as the same list in {@code first}, which measures itself ({@link #shareChoiceWidths}). */
        void followWidths(ParticipantRow first) {
            List<ChoiceBox<?>> mine = choices();
            List<ChoiceBox<?>> theirs = first.choices();
            for (int i = 0; i < mine.size(); i++) {
                mine.get(i).prefWidthProperty().bind(theirs.get(i).widthProperty());
            }
        }

        /** For one layout no width of its own (the column takes the first row's), before following it again. */
        void letGoOfWidths() {
            choices().forEach(box -> {
                box.prefWidthProperty().unbind();
                box.setPrefWidth(0);
            });
        }

        void addTo(GridPane grid, int row) {
            // The name may wrap, the answers may not: "Marketi…" on a projector is a wrong answer, not a short one.
            Inputs.keepWhole(role, side, lead, rating, remove);
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.addRow(row, name, role, side, present, lead, rating, remove);
        }
    }
}
