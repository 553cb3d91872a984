package org.accord.ui.common;

import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Text in a list or table cell that wraps to the cell's width and makes the cell as tall as its lines, never
 * "…". Styled by {@code .wrapped-text} (accord.css) to take the cell's text colour, also when selected.
 */
public final class WrappedText {
    public static final String STYLE_CLASS = "wrapped-text";

    private WrappedText() {
    }

    static Text create() {
        Text text = new Text();
        text.getStyleClass().add(STYLE_CLASS);
        return text;
    }

    /**
     * What an empty list or table says (its placeholder), wrapped to the list's width and centred: a side panel's
     * list is narrower than most of these sentences, and a single line would end in "…".
     */
    public static Label placeholder(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setTextAlignment(TextAlignment.CENTER);
        label.setPadding(new Insets(8));
        return label;
    }

    /** A list cell showing each item as wrapped text, as wide as the list (less its scroll bar). */
    public static <T> ListCell<T> listCell(Function<T, String> show) {
        return new ListCell<>() {
            private final Text text = create();

            {
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
                setPrefWidth(0); // take the list's width instead of widening it
                listViewProperty().addListener((obs, old, list) -> {
                    text.wrappingWidthProperty().unbind();
                    if (list != null) {
                        text.wrappingWidthProperty().bind(list.widthProperty().subtract(32));
                    }
                });
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                text.setText(show.apply(item));
                setGraphic(text);
            }
        };
    }
}
