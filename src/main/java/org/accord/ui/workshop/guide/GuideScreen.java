package org.accord.ui.workshop.guide;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import org.accord.domain.guide.StepKind;
import org.accord.export.ExportFormat;

/**
 * The guide's part of the workshop screen: the agenda down the side, the current step across the top, and in the
 * middle the content of the current step. The matrix steps show the grid the workshop screen built; every other
 * step has its own pane, built once and kept, so switching steps is instant and keeps what was typed.
 */
public final class GuideScreen {
    /** The agenda's list of steps: on screen once the workshop screen is complete. */
    public static final String AGENDA_ID = AgendaPanel.STEPS_ID;
    private final GuideViewModel model;
    private final AgendaPanel agenda;
    private final BorderPane content = new BorderPane();
    private final Map<StepKind, StepPane> panes = new EnumMap<>(StepKind.class);
    private final Map<StepKind, Parent> roots = new EnumMap<>(StepKind.class);
    private final Node matrixArea;
    private StepKind shown;

    private final Consumer<ExportFormat> export;

    /** @param export hands the workshop out in a format (the wrap-up's buttons), as the Export menu does */
    private final Supplier<Window> window;

    public GuideScreen(GuideViewModel model, Node matrixArea, Supplier<Window> window, Consumer<ExportFormat> export) {
        this.model = model;
        this.export = export;
        this.matrixArea = matrixArea;
        this.window = window;
        this.agenda = new AgendaPanel(model, window);
        content.getStyleClass().add("step-content");
        model.workshopProperty().addListener((obs, old, now) -> {
            showStep();
            StepPane visible = panes.get(shown);
            if (visible != null) {
                visible.refresh(now);
            }
        });
        showStep();
        content.sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null && was == null) {
                keepFocusInTheStep(scene);
            }
        });
    }

    /**
     * When the focused control goes away (a participant removed, a row rebuilt after a tick, the step changed),
     * JavaFX hands the keys to the next control in the window, which was the planned-minutes box: one arrow key
     * then changed the plan and the countdown. The keys go back to the step's own content instead; the box takes
     * them only when clicked or tabbed to.
     */
    private void keepFocusInTheStep(Scene scene) {
        // A click or Tab moves the keys from one control straight to another; a removed control first leaves the
        // window with no focus owner (or one no longer in the window), and JavaFX then picks the next control itself.
        scene.focusOwnerProperty().addListener((obs, old, now) -> {
            boolean pickedByJavafx = old == null || old.getScene() == null;
            if (pickedByJavafx && now != null && !isInside(now, content)) {
                Platform.runLater(this::focusStepContent);
            }
        });
    }

    /** The step's first control that takes keys, or the step itself. */
    public void focusStepContent() {
        Node center = content.getCenter();
        if (center == null || center.getScene() == null) {
            return;
        }
        // A text field first: it keeps the arrow keys. A button or a choice box (the room's, at the top of step 1)
        // passes them on, and the next control up is the planned-minutes box again.
        firstTraversable(center, n -> n instanceof javafx.scene.control.TextInputControl)
                .or(() -> firstTraversable(center, n -> true)).orElse(center).requestFocus();
    }

    private static java.util.Optional<Node> firstTraversable(Node node, java.util.function.Predicate<Node> wanted) {
        if (!node.isVisible() || node.isDisabled()) {
            return java.util.Optional.empty();
        }
        if (node.isFocusTraversable() && wanted.test(node)) {
            return java.util.Optional.of(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                var found = firstTraversable(child, wanted);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    public Parent stepList() {
        return agenda.stepList();
    }

    public Parent header() {
        return agenda.header();
    }

    public void setPresenting(boolean on) {
        agenda.setPresenting(on);
    }

    public Parent content() {
        return content;
    }

    /** The kind of the current step, so the workshop screen can show the legend only with the matrix. */
    public StepKind shownKind() {
        return shown;
    }

    private void showStep() {
        StepKind kind = model.currentStep().kind();
        if (kind == shown) {
            return;
        }
        shown = kind;
        if (kind == StepKind.INVENTORY || kind == StepKind.MATRIX) {
            content.setCenter(matrixArea);
            return;
        }
        StepPane pane = panes.computeIfAbsent(kind, this::build);
        pane.refresh(model.workshop()); // it missed the edits made while another step was shown
        content.setCenter(roots.computeIfAbsent(kind, k -> pane.root()));
    }

    private StepPane build(StepKind kind) {
        return switch (kind) {
            case PERCEPTION -> new PerceptionPane(model);
            case GOALS -> new GoalsPane(model);
            case CAMPAIGN -> new CampaignPane(model);
            case PORTFOLIO -> new PortfolioPane(model);
            case AGREEMENTS -> new AgreementsPane(model);
            case WRAP_UP -> new WrapUpPane(model, export, window);
            case NOTES -> new NotesPane(model);
            case INVENTORY, MATRIX -> throw new IllegalArgumentException("The matrix is the workshop screen's own");
        };
    }
}
