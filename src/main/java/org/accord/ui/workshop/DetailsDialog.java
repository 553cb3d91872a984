package org.accord.ui.workshop;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.accord.domain.Edit;
import org.accord.domain.Workshop;
import org.accord.domain.WorkshopDetails;
import org.accord.ui.common.DateFields;
import org.accord.ui.common.FormDialog;
import org.accord.ui.workshop.model.WorkshopViewModel;

/** Edits the workshop's details and the limit of Consulted roles per activity. */
public final class DetailsDialog {
    public static final String TITLE_ID = "detailsTitle";
    public static final String DATE_ID = "detailsDate";

    private DetailsDialog() {
    }

    static Optional<Edit> ask(Window owner, WorkshopViewModel model) {
        Workshop w = model.workshop();
        WorkshopDetails d = w.details();
        TextField title = new TextField(d.title());
        title.setId(TITLE_ID);
        title.setPrefColumnCount(30);
        TextField organization = new TextField(d.organization());
        DatePicker date = new DatePicker(d.date());
        date.setId(DATE_ID);
        DateFields dates = DateFields.forThisMachine();
        dates.install(date, null); // the dialog's message line says what is wrong
        TextField facilitator = new TextField(d.facilitator());
        TextArea notes = new TextArea(d.notes());
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        Spinner<Integer> limit = new Spinner<>(0, 20, w.consultedLimit());
        return FormDialog.ask(owner, "Workshop details", "Workshop details", "detailsMessage",
                List.of(new FormDialog.Row("Title", title), new FormDialog.Row("Organization", organization),
                        new FormDialog.Row("Date", date), new FormDialog.Row("Facilitator", facilitator),
                        new FormDialog.Row("Notes", notes),
                        new FormDialog.Row("Most Consulted (C) per activity", limit)),
                title,
                () -> model.changeDetails(new WorkshopDetails(title.getText(), organization.getText(), dates.valueOf(date),
                        facilitator.getText(), notes.getText()), limit.getValue()),
                model::problemWith, title.textProperty(), organization.textProperty(), facilitator.textProperty(),
                notes.textProperty(), date.valueProperty(), date.getEditor().textProperty(), limit.valueProperty());
    }
}
