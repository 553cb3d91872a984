package org.accord.ui.workshop.guide;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.accord.domain.edit.GuideEdits;

/** A step the facilitator added: free notes, saved when the focus leaves the text. */
final class NotesPane implements StepPane {
    private final GuideViewModel model;
    private final TextArea notes = new TextArea();
    private java.util.UUID shownStep;

    NotesPane(GuideViewModel model) {
        this.model = model;
        notes.setId("stepNotes");
        notes.setWrapText(true);
        notes.setPromptText("Notes for this step");
        notes.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                save();
            }
        });
        show();
    }

    @Override
    public Parent root() {
        VBox box = new VBox(8, Inputs.heading("Notes"), notes);
        VBox.setVgrow(notes, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        return box;
    }

    @Override
    public void refresh(org.accord.domain.Workshop workshop) {
        show();
    }

    private void show() {
        var step = model.currentStep();
        if (!notes.isFocused() || !step.id().equals(shownStep)) {
            if (shownStep != null && !step.id().equals(shownStep)) {
                save(); // moved on while typing: the text belongs to the step it was typed on
            }
            shownStep = step.id();
            notes.setText(step.notes());
        }
    }

    private void save() {
        var step = shownStep == null ? java.util.Optional.<org.accord.domain.guide.AgendaStep>empty()
                : model.guide().step(shownStep);
        if (step.isPresent() && !notes.getText().equals(step.get().notes())) {
            String text = notes.getText();
            var id = step.get().id();
            model.edit(GuideEdits.editNotes(id, text));
        }
    }
}
