package org.accord.ui.workshop;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.accord.ui.workshop.model.WorkshopViewModel;

/**
 * The workshop screen's one place for messages (what an export or an import did, and why one failed), at the foot
 * of every step and in presentation mode. It used to sit in the matrix's legend, so a CSV import refused from step 1
 * showed its message only at step 3. News goes by itself (the view model decides when); a problem stays until its
 * ✕ is pressed.
 */
public final class MessageBar {
    public static final String DISMISS_ID = "dismissNotice";

    private MessageBar() {
    }

    static HBox of(WorkshopViewModel model) {
        Label notice = new Label();
        notice.setId(WorkshopView.NOTICE_ID);
        notice.getStyleClass().add("notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.textProperty().bind(model.noticeProperty());
        model.noticeIsProblemProperty().addListener((obs, was, problem) -> {
            notice.getStyleClass().remove("problem");
            if (problem) {
                notice.getStyleClass().add("problem");
            }
        });
        Button dismiss = new Button("✕");
        dismiss.setId(DISMISS_ID);
        dismiss.setFocusTraversable(false);
        dismiss.setOnAction(e -> model.dismissNotice());
        dismiss.visibleProperty().bind(model.noticeIsProblemProperty());
        dismiss.managedProperty().bind(dismiss.visibleProperty());
        HBox.setHgrow(notice, Priority.ALWAYS);
        HBox bar = new HBox(8, notice, dismiss);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 0, 12));
        bar.getStyleClass().add("message-bar");
        bar.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }
}
