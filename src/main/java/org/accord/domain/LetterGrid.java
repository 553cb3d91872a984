package org.accord.domain;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * The letters of one matrix, row by row: row {@code i} holds the letters of {@code activities.get(i)}, slot {@code j}
 * of a row the letter of {@code roles.get(j)} ({@code null} for an empty cell). To everything that reads letters it is
 * a read-only {@code Map<Cell, Raci>}.
 *
 * <p>Immutable and shared between versions: a changed letter copies the array of rows and the one row it is in, and
 * keeps every other row. Each letter typed makes a new workshop that the undo history keeps, so this is what lets
 * 500 undo steps of a 300×12 matrix hold 1.4 KB each (the benchmark weighs them) instead of a full copy of ~1,700
 * letters (82 KB each, which also made the collector copy 40 MB again and again). Two versions with the same rows and columns are told
 * apart, or found equal, row by row by identity: see {@link #forEachChange}.
 *
 * <p>The grid belongs to one list of roles and one of activities, compared by identity (the same lists, not equal
 * ones): a workshop that keeps both takes the grid over as it is. Built for other lists, it is laid out again.
 */
final class LetterGrid extends AbstractMap<Cell, Raci> {
    private static final Raci[] EMPTY_ROW = new Raci[0];

    private final List<Role> roles;
    private final List<Activity> activities;
    private final Map<UUID, Integer> rolePositions;
    private final Map<UUID, Integer> activityPositions;
    /** One row per activity; a row with no letters may be shorter than the roles (the shared empty row). */
    private final Raci[][] rows;
    private final int size;

    private LetterGrid(List<Role> roles, List<Activity> activities, Map<UUID, Integer> rolePositions,
                       Map<UUID, Integer> activityPositions, Raci[][] rows, int size) {
        this.roles = roles;
        this.activities = activities;
        this.rolePositions = rolePositions;
        this.activityPositions = activityPositions;
        this.rows = rows;
        this.size = size;
    }

    /**
     * The letters laid out afresh for these roles and activities. A grid already laid out for the very same lists
     * needs none of this; the workshop keeps such a grid as it is (see its constructor).
     *
     * @throws IllegalArgumentException if a letter's cell is not in one of these rows and columns
     */
    static LetterGrid of(Map<Cell, Raci> letters, List<Role> roles, List<Activity> activities) {
        Map<UUID, Integer> rolePositions = positions(roles.stream().map(Role::id).toList());
        Map<UUID, Integer> activityPositions = positions(activities.stream().map(Activity::id).toList());
        Raci[][] rows = new Raci[activities.size()][];
        Arrays.fill(rows, EMPTY_ROW);
        int[] size = {0};
        letters.forEach((cell, letter) -> {
            Integer row = activityPositions.get(cell.activityId());
            Integer slot = rolePositions.get(cell.roleId());
            if (row == null || slot == null) {
                throw new IllegalArgumentException("A letter refers to a role or activity that is not in the workshop: " + cell);
            }
            if (rows[row] == EMPTY_ROW) {
                rows[row] = new Raci[roles.size()];
            }
            if (rows[row][slot] == null) {
                size[0]++;
            }
            rows[row][slot] = letter;
        });
        return new LetterGrid(roles, activities, rolePositions, activityPositions, rows, size[0]);
    }

    private static Map<UUID, Integer> positions(List<UUID> ids) {
        Map<UUID, Integer> positions = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            positions.put(ids.get(i), i);
        }
        return Collections.unmodifiableMap(positions);
    }

    /** Each role's column by its id (read-only; shared by every version with the same roles). */
    Map<UUID, Integer> rolePositions() {
        return rolePositions;
    }

    /** Each activity's row by its id (read-only; shared by every version with the same activities). */
    Map<UUID, Integer> activityPositions() {
        return activityPositions;
    }

    /** Whether the grid was laid out for these very lists. */
    boolean isFor(List<Role> otherRoles, List<Activity> otherActivities) {
        return roles == otherRoles && activities == otherActivities;
    }

    /** This grid with one cell set, or cleared ({@code letter == null}); the cell must be in the grid's rows and columns. */
    LetterGrid with(Cell cell, Raci letter) {
        int row = activityPositions.get(cell.activityId());
        int slot = rolePositions.get(cell.roleId());
        Raci old = letterAt(row, slot);
        if (old == letter) {
            return this;
        }
        Raci[][] nextRows = rows.clone();
        Raci[] nextRow = rows[row] == EMPTY_ROW ? new Raci[roles.size()] : rows[row].clone();
        nextRow[slot] = letter;
        nextRows[row] = nextRow;
        int nextSize = size + (old == null ? 1 : 0) - (letter == null ? 1 : 0);
        return new LetterGrid(roles, activities, rolePositions, activityPositions, nextRows, nextSize);
    }

    private Raci letterAt(int row, int slot) {
        Raci[] letters = rows[row];
        return slot < letters.length ? letters[slot] : null;
    }

    /**
     * Calls {@code change} for every cell whose letter differs from {@code before}'s: with the letter now, or
     * {@code null} where the cell was emptied. For a grid with the same rows and columns as {@code before}, only the
     * rows that are not the very same arrays are compared: what saving an edit costs no longer grows with the matrix.
     */
    void forEachChange(Map<Cell, Raci> before, BiConsumer<Cell, Raci> change) {
        if (before instanceof LetterGrid old && old.isFor(roles, activities)) {
            for (int row = 0; row < rows.length; row++) {
                if (rows[row] == old.rows[row]) {
                    continue;
                }
                for (int slot = 0; slot < roles.size(); slot++) {
                    Raci now = letterAt(row, slot);
                    if (now != old.letterAt(row, slot)) {
                        change.accept(new Cell(activities.get(row).id(), roles.get(slot).id()), now);
                    }
                }
            }
            return;
        }
        before.forEach((cell, letter) -> {
            if (!containsKey(cell)) {
                change.accept(cell, null);
            }
        });
        forEach((cell, letter) -> {
            if (letter != before.get(cell)) {
                change.accept(cell, letter);
            }
        });
    }

    // ---- the read-only map ----

    @Override
    public Raci get(Object key) {
        if (!(key instanceof Cell cell)) {
            return null;
        }
        Integer row = activityPositions.get(cell.activityId());
        Integer slot = rolePositions.get(cell.roleId());
        return row == null || slot == null ? null : letterAt(row, slot);
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void forEach(BiConsumer<? super Cell, ? super Raci> action) {
        for (int row = 0; row < rows.length; row++) {
            Raci[] letters = rows[row];
            for (int slot = 0; slot < letters.length; slot++) {
                if (letters[slot] != null) {
                    action.accept(new Cell(activities.get(row).id(), roles.get(slot).id()), letters[slot]);
                }
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof LetterGrid other && other.isFor(roles, activities)) {
            if (other.size != size) {
                return false;
            }
            for (int row = 0; row < rows.length; row++) {
                if (rows[row] != other.rows[row] && !sameLetters(rows[row], other.rows[row])) {
                    return false;
                }
            }
            return true;
        }
        return super.equals(o);
    }

    private static boolean sameLetters(Raci[] a, Raci[] b) {
        for (int slot = 0; slot < Math.max(a.length, b.length); slot++) {
            if ((slot < a.length ? a[slot] : null) != (slot < b.length ? b[slot] : null)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return super.hashCode(); // AbstractMap's: equal to any equal map's
    }

    /** The letters in screen order: row by row, left to right. */
    @Override
    public Set<Entry<Cell, Raci>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<Cell, Raci>> iterator() {
                return new Iterator<>() {
                    private int row;
                    private int slot = -1;

                    {
                        advance();
                    }

                    private void advance() {
                        slot++;
                        while (row < rows.length && (slot >= rows[row].length || rows[row][slot] == null)) {
                            if (slot >= rows[row].length) {
                                row++;
                                slot = 0;
                            } else {
                                slot++;
                            }
                        }
                    }

                    @Override
                    public boolean hasNext() {
                        return row < rows.length;
                    }

                    @Override
                    public Entry<Cell, Raci> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        Entry<Cell, Raci> entry = Map.entry(new Cell(activities.get(row).id(), roles.get(slot).id()),
                                rows[row][slot]);
                        advance();
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
