package org.accord.ui.start;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Window;
import org.accord.ui.common.FormDialog;

/**
 * The window's library setting: this laptop's library, or a team's library on a PostgreSQL server by its address.
 * Remembered for the next start (when no --database is given). The password is never asked for nor kept: it comes
 * from ~/.pgpass or PGPASSWORD, as for every PostgreSQL program, and an address that carries one is refused.
 */
final class LibraryDialog {
    static final String LOCAL_ID = "libraryLocal";
    static final String TEAM_ID = "libraryTeam";
    static final String ADDRESS_ID = "libraryAddress";
    static final String MESSAGE_ID = "libraryMessage";

    /** @param database the team's library's address, or null for this laptop's library */
    record Choice(String database) {
    }

    private LibraryDialog() {
    }

    /** @param current the address chosen now, or null for this laptop's library */
    static Optional<Choice> ask(Window owner, String current) {
        ToggleGroup which = new ToggleGroup();
        RadioButton local = new RadioButton("This laptop's library (the workshops in Accord's data folder)");
        local.setId(LOCAL_ID);
        local.setToggleGroup(which);
        RadioButton team = new RadioButton("A team's library on a PostgreSQL server");
        team.setId(TEAM_ID);
        team.setToggleGroup(which);
        TextField address = new TextField(current == null ? "" : current);
        address.setId(ADDRESS_ID);
        address.setPromptText("jdbc:postgresql://db.example.com:5432/accord?sslmode=verify-full&user=accord");
        address.setPrefColumnCount(40);
        address.disableProperty().bind(team.selectedProperty().not());
        (current == null ? local : team).setSelected(true);
        Label note = new Label("Accord never keeps the password: it reads it from ~/.pgpass or PGPASSWORD.");
        note.setWrapText(true);
        note.setMaxWidth(520);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrapped whole, never cut to "…"
        return FormDialog.ask(owner, "Library", "Which workshops should Accord open?", MESSAGE_ID,
                List.of(new FormDialog.Row(null, local), new FormDialog.Row(null, team),
                        new FormDialog.Row("Address", address), new FormDialog.Row(null, note)),
                current == null ? local : address,
                () -> new Choice(team.isSelected() ? address.getText().strip() : null),
                LibraryDialog::problem, which.selectedToggleProperty(), address.textProperty());
    }

    static Optional<String> problem(Choice choice) {
        String database = choice.database();
        if (database == null) {
            return Optional.empty();
        }
        if (database.isEmpty()) {
            return Optional.of("Type the address whoever runs the team's server gave you.");
        }
        if (!database.startsWith("jdbc:postgresql://")) {
            return Optional.of("The address starts with jdbc:postgresql://");
        }
        if (database.toLowerCase(Locale.ROOT).matches(".*[?&]password=.*")) {
            return Optional.of("Leave the password out: ~/.pgpass or PGPASSWORD hold it.");
        }
        return Optional.empty();
    }
}
