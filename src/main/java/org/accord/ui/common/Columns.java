package org.accord.ui.common;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/** Read-only table columns whose cells show one value of the row, the way every list in Accord needs them. */
public final class Columns {
    private static final String WORDS_WIDTH = "accord.wordsWidth";
    /** accord.css: the title is not padded a second time inside the header's label. */
    private static final String TITLE_STYLE = "column-title";

    private Columns() {
    }

    public static <S, T> TableColumn<S, T> of(String title, double prefWidth, Function<S, T> value) {
        TableColumn<S, T> column = new TableColumn<>();
        // The title as the header's graphic, so the column can be kept as wide as the title needs in the type in use
        // (presentation mode's is larger): a table with no rows yet, or a narrow projector, never cuts it to "…".
        Label heading = new Label(title);
        heading.getStyleClass().add(TITLE_STYLE);
        column.setGraphic(heading);
        column.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(headingWidth(heading), wordsWidth(column).get()),
                heading.textProperty(), heading.fontProperty(), heading.paddingProperty(), wordsWidth(column)));
        if (prefWidth > 0) {
            column.setPrefWidth(prefWidth);
        }
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /**
     * The title's width in its font, with its own padding (none, see accord.css) and the header label's around it
     * (the theme pads it by half an em on each side), and the header's few pixels of border and gap.
     */
    private static double headingWidth(Label heading) {
        return Math.ceil(TextWidth.of(heading.getText(), heading.getFont())) + heading.getPadding().getLeft()
                + heading.getPadding().getRight() + heading.getFont().getSize() + 6;
    }

    /** The longest word a wrapping column's cells have shown, with their padding (see {@link WrappingCell}). */
    private static DoubleProperty wordsWidth(TableColumn<?, ?> column) {
        return (DoubleProperty) column.getProperties().computeIfAbsent(WORDS_WIDTH, key -> new SimpleDoubleProperty());
    }

    /**
     * A column whose text wraps onto more lines, and the row grows, instead of ending in "…": for the names and
     * verdicts a room must read whole, at any type size.
     */
    public static <S, T> TableColumn<S, T> wrapping(String title, double prefWidth, Function<S, T> value) {
        TableColumn<S, T> column = of(title, prefWidth, value);
        column.setCellFactory(WrappingCell::new);
        return column;
    }

    /**
     * The text is a {@link Text} wrapped at the column's width: its height follows from that width alone, so the
     * table measures the row right on the first layout (a wrapped Label's height depends on a width it is not
     * given when the row is measured). A single word cannot wrap, so the column is kept at least as wide as the
     * longest word it has shown in the current type size (the title is kept whole by {@link #of}): presentation
     * mode's larger type widens "Disputed" rather than cutting it.
     */
    private static final class WrappingCell<S, T> extends TableCell<S, T> {
        private static final double PADDING = 16;
        private final Text text = WrappedText.create();

        WrappingCell(TableColumn<S, T> column) {
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(PADDING));
            text.fontProperty().addListener((obs, old, font) -> keepWordsWhole());
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            text.setText(item.toString());
            setGraphic(text);
            keepWordsWhole();
        }

        private void keepWordsWhole() {
            TableColumn<S, T> column = getTableColumn();
            if (column == null || text.getText() == null) {
                return;
            }
            double longest = 0;
            for (String word : text.getText().split("\\s+")) {
                longest = Math.max(longest, TextWidth.of(word, text.getFont()));
            }
            double needed = Math.ceil(longest) + PADDING;
            if (wordsWidth(column).get() < needed) {
                wordsWidth(column).set(needed);
            }
        }
    }
}
