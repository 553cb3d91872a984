package org.accord.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** Read-only table columns whose cells show one value of the row, the way every list in Accord needs them. */
public final class Columns {
    private Columns() {
    }

    public static <S, T> TableColumn<S, T> of(String title, double prefWidth, Function<S, T> value) {
        TableColumn<S, T> column = new TableColumn<>(title);
        if (prefWidth > 0) {
            column.setPrefWidth(prefWidth);
        }
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
