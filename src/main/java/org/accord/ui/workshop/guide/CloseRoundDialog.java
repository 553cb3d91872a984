package org.accord.ui.workshop.guide;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.accord.domain.Role;
import org.accord.domain.ValidationException;
import org.accord.domain.Workshop;
import org.accord.domain.guide.Leader;
import org.accord.domain.guide.Participant;
import org.accord.domain.round.Round;
import org.accord.domain.round.SignOff;
import org.accord.ui.common.FormDialog;

/**
 * Closing a round at the wrap-up: its name ("Round 2") and a sign-off for each leader (name, role, date). A leader
 * whose name is left empty has not signed; the PDF still gives them a line to sign on.
 */
public final class CloseRoundDialog {
    public static final String NAME_ID = "roundName";
    public static final String MESSAGE_ID = "closeRoundMessage";

    /** The id of a leader's field: {@code signerName-CIO}, {@code signerRole-CMO}, {@code signerDate-CIO}. */
    public static String fieldId(String field, Leader leader) {
        return "signer" + field + "-" + leader.label();
    }

    /** What the facilitator asked for. */
    public record Request(String name, List<SignOff> signOffs) {
    }

    private record Signer(TextField name, TextField role, TextField date) {
    }

    private CloseRoundDialog() {
    }

    public static Optional<Request> ask(Window owner, Workshop workshop, int number, LocalDate today) {
        TextField name = new TextField(Round.defaultName(number));
        name.setId(NAME_ID);
        List<FormDialog.Row> rows = new ArrayList<>();
        rows.add(new FormDialog.Row("Round", name));
        List<Signer> signers = new ArrayList<>();
        List<Observable> fields = new ArrayList<>(List.of(name.textProperty()));
        for (Leader leader : Leader.values()) {
            Optional<Role> role = workshop.roleLabelled(leader.label());
            String who = role.flatMap(r -> workshop.guide().participants().stream()
                    .filter(p -> r.id().equals(p.roleId())).map(Participant::name).findFirst()).orElse("");
            Signer signer = new Signer(field(who, fieldId("Name", leader)),
                    field(role.map(Role::name).orElse(leader.label()), fieldId("Role", leader)),
                    field(today.toString(), fieldId("Date", leader)));
            signer.name().setPromptText("Name of who signs for the " + leader.label());
            rows.add(new FormDialog.Row(leader.label() + " signs", signer.name()));
            rows.add(new FormDialog.Row("Role", signer.role()));
            rows.add(new FormDialog.Row("Date", signer.date()));
            signers.add(signer);
            fields.addAll(List.of(signer.name().textProperty(), signer.role().textProperty(),
                    signer.date().textProperty()));
        }
        return FormDialog.ask(owner, "Close the round", "Close " + Round.defaultName(number)
                        + ": keep the whole workshop as agreed today, read-only, with the leaders' sign-off.",
                MESSAGE_ID, rows, name, () -> request(name.getText(), signers),
                request -> Optional.empty(), fields.toArray(Observable[]::new));
    }

    private static TextField field(String text, String id) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPrefColumnCount(24);
        return field;
    }

    /** The request the fields say; a ValidationException, in the facilitator's words, while one is wrong. */
    private static Request request(String name, List<Signer> signers) {
        if (name.isBlank()) {
            throw new ValidationException("Give the round a name, for example \"Round 1\".");
        }
        List<SignOff> signOffs = new ArrayList<>();
        for (Signer s : signers) {
            if (s.name().getText().isBlank()) {
                continue; // not signed: the PDF keeps a line for it
            }
            LocalDate date;
            try {
                date = LocalDate.parse(s.date().getText().strip());
            } catch (DateTimeParseException e) {
                throw new ValidationException("Write the date " + s.name().getText().strip()
                        + " signed as year-month-day, for example 2026-12-02.");
            }
            signOffs.add(new SignOff(s.name().getText(), s.role().getText(), date));
        }
        // The round's own rules (a name within 200 characters, …), checked here as the facilitator types.
        Round checked = new Round(1, name, java.time.Instant.EPOCH, signOffs);
        return new Request(checked.name(), signOffs);
    }
}
