package org.accord.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The copy-on-change list steps the immutable workshop and its guide are built from: each returns a new list and
 * leaves the one it was given as it was.
 */
public final class Lists {
    private Lists() {
    }

    /** The list with {@code item} at its end; a list here never holds null. */
    public static <T> List<T> append(List<T> list, T item) {
        List<T> next = new ArrayList<>(list);
        next.add(Objects.requireNonNull(item));
        return next;
    }

    /** The list with the items at {@code i} and {@code j} changed places. */
    public static <T> List<T> swap(List<T> list, int i, int j) {
        List<T> next = new ArrayList<>(list);
        Collections.swap(next, i, j);
        return next;
    }

    /** The list without the items {@code gone} matches, unmodifiable. */
    public static <T> List<T> without(List<T> list, Predicate<T> gone) {
        return list.stream().filter(gone.negate()).toList();
    }
}
