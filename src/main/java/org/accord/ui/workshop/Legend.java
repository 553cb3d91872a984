package org.accord.ui.workshop;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.accord.domain.Raci;
import org.accord.ui.common.Styles;
import org.accord.ui.workshop.matrix.MatrixTable;

/**
 * Under the matrix: the four letters in the grid's colours with their rules, and the one-letter-per-cell rule with the grid's keys. Compact, on a short screen and on the projector, it
 * is one line: the letters and their names, each letter's rule on hover.
 */
final class Legend {
    private final VBox root;
    private final List<Node> rules = new ArrayList<>();

    private Legend(VBox root) {
        this.root = root;
    }

    Parent root() {
        return root;
    }

    /** One line (the letters and their names) or the letters with their rules and the grid's keys. */
    void setCompact(boolean compact) {
        for (Node rule : rules) {
            rule.setVisible(!compact);
            rule.setManaged(!compact);
        }
    }

    static Legend of() {
        List<Node> rules = new ArrayList<>();
        FlowPane legend = new FlowPane(18, 4);
        legend.getStyleClass().add("legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        for (Raci letter : Raci.values()) {
            Label chip = new Label(letter.letter());
            chip.getStyleClass().addAll("legend-chip", MatrixTable.letterStyle(letter));
            Label text = new Label(letter.meaning());
            Label rule = new Label(": " + letter.rule());
            rules.add(rule);
            HBox entry = new HBox(0, chip, spaced(text), rule);
            org.accord.ui.common.HoverTooltip.install(text, () -> rule.isVisible() ? null : letter.meaning() + ": " + letter.rule());
            entry.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(entry);
        }
        Label oneLetter = new Label("One letter per cell (no combined A/R: the Accountable who also does the work "
                + "still needs an R in the row, or the \"no R\" finding stays). "
                + "Keys: arrows move · R A C I set · Delete clears · Enter renames · Ctrl+Z undoes.");
        oneLetter.getStyleClass().add(Styles.MUTED);
        oneLetter.setWrapText(true);
        rules.add(oneLetter);
        VBox box = new VBox(4, legend, oneLetter);
        box.setPadding(new Insets(6, 12, 8, 12));
        Legend made = new Legend(box);
        made.rules.addAll(rules);
        return made;
    }

    private static Label spaced(Label text) {
        text.setPadding(new Insets(0, 0, 0, 6));
        return text;
    }
}
