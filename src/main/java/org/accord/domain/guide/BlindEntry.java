package org.accord.domain.guide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.accord.domain.Cell;
import org.accord.domain.Raci;
import org.accord.domain.ValidationException;

/**
 * Blind dual entry: the CIO's and the CMO's views of the matrix, entered one at a time so neither sees the other's,
 * then revealed as the cells where they differ. Each difference is settled into the agreed matrix, and how it was
 * settled is kept. The views are frozen once revealed, so the number of differences stays what the room saw.
 *
 * @param entering whose view is being entered; {@code null} once revealed
 * @param letters  both views, one entry per leader and cell
 */
public record BlindEntry(Leader entering, boolean revealed, List<ViewLetter> letters, List<Settlement> settlements) {

    /** One letter of one leader's view. */
    public record ViewLetter(Leader leader, UUID activityId, UUID roleId, Raci letter) {
        public ViewLetter {
            Objects.requireNonNull(leader, "leader");
            Objects.requireNonNull(letter, "letter");
        }

        Cell cell() {
            return new Cell(activityId, roleId);
        }
    }

    /** A cell where the two views differ; a {@code null} letter is an empty cell. */
    public record Difference(UUID activityId, UUID roleId, Raci cio, Raci cmo) {
        public Cell cell() {
            return new Cell(activityId, roleId);
        }

        public Raci of(Leader leader) {
            return leader == Leader.CIO ? cio : cmo;
        }
    }

    /** How a difference was settled: the letter now in the agreed matrix ({@code null}: left empty) and whose it was. */
    public record Settlement(UUID activityId, UUID roleId, Raci agreed, SettledBy by) {
        public Settlement {
            Objects.requireNonNull(by, "by");
        }

        Cell cell() {
            return new Cell(activityId, roleId);
        }
    }

    public enum SettledBy {
        CIO_VIEW("The CIO's letter"), CMO_VIEW("The CMO's letter"), OTHER("Another answer");

        private final String label;

        SettledBy(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final BlindEntry NOT_STARTED = new BlindEntry(Leader.CIO, false, List.of(), List.of());

    public BlindEntry {
        letters = List.copyOf(letters == null ? List.of() : letters);
        settlements = List.copyOf(settlements == null ? List.of() : settlements);
        if (!revealed && entering == null) {
            entering = Leader.CIO;
        }
        if (revealed) {
            entering = null;
        }
    }

    public Optional<Raci> letter(Leader leader, UUID activityId, UUID roleId) {
        return letters.stream().filter(l -> l.leader() == leader && l.activityId().equals(activityId)
                && l.roleId().equals(roleId)).map(ViewLetter::letter).findFirst();
    }

    public long lettersOf(Leader leader) {
        return letters.stream().filter(l -> l.leader() == leader).count();
    }

    /**
     * How many of the given activities hold at least one letter of the leader's view: the progress the laptop shows
     * while the leaders fill their grids on their own devices ("CIO 12 of 23 rows"), without showing a letter.
     */
    public long rowsStarted(Leader leader, List<UUID> activityIds) {
        java.util.Set<UUID> started = new java.util.HashSet<>();
        letters.stream().filter(l -> l.leader() == leader).forEach(l -> started.add(l.activityId()));
        return activityIds.stream().filter(started::contains).count();
    }

    /** Sets or clears one cell of the view being entered; refused once revealed. */
    public BlindEntry withLetter(Leader leader, UUID activityId, UUID roleId, Raci letter) {
        if (revealed) {
            throw new ValidationException("The two views are revealed; settle the differences, or start the blind entry again.");
        }
        List<ViewLetter> next = new ArrayList<>(letters);
        next.removeIf(l -> l.leader() == leader && l.activityId().equals(activityId) && l.roleId().equals(roleId));
        if (letter != null) {
            next.add(new ViewLetter(leader, activityId, roleId, letter));
        }
        return new BlindEntry(entering, false, next, settlements);
    }

    public BlindEntry entering(Leader leader) {
        if (revealed) {
            throw new ValidationException("The two views are already revealed.");
        }
        return new BlindEntry(leader, false, letters, settlements);
    }

    public BlindEntry reveal() {
        return new BlindEntry(null, true, letters, settlements);
    }

    /** Every cell where the CIO's and the CMO's views differ, in the order of the given activities and roles. */
    public List<Difference> differences(List<UUID> activityOrder, List<UUID> roleOrder) {
        Map<Cell, Raci> cio = view(Leader.CIO);
        Map<Cell, Raci> cmo = view(Leader.CMO);
        List<Difference> found = new ArrayList<>();
        for (UUID activity : activityOrder) {
            for (UUID role : roleOrder) {
                Cell cell = new Cell(activity, role);
                Raci a = cio.get(cell);
                Raci b = cmo.get(cell);
                if (a != b) {
                    found.add(new Difference(activity, role, a, b));
                }
            }
        }
        return found;
    }

    /** Cells where both views hold the same letter: these go into the agreed matrix at reveal. */
    public Map<Cell, Raci> agreedCells() {
        Map<Cell, Raci> cmo = view(Leader.CMO);
        Map<Cell, Raci> same = new LinkedHashMap<>();
        view(Leader.CIO).forEach((cell, letter) -> {
            if (cmo.get(cell) == letter) {
                same.put(cell, letter);
            }
        });
        return same;
    }

    public Optional<Settlement> settlement(UUID activityId, UUID roleId) {
        return settlements.stream().filter(s -> s.activityId().equals(activityId) && s.roleId().equals(roleId)).findFirst();
    }

    public BlindEntry settled(Settlement settlement) {
        if (!revealed) {
            throw new ValidationException("Reveal the two views before settling a difference.");
        }
        List<Settlement> next = new ArrayList<>(settlements);
        next.removeIf(s -> s.cell().equals(settlement.cell()));
        next.add(settlement);
        return new BlindEntry(null, true, letters, next);
    }

    public long settledBy(SettledBy by) {
        return settlements.stream().filter(s -> s.by() == by).count();
    }

    /** Drops what refers to a removed activity or role. */
    BlindEntry without(Predicate<Cell> gone) {
        return new BlindEntry(entering, revealed, letters.stream().filter(l -> !gone.test(l.cell())).toList(),
                settlements.stream().filter(s -> !gone.test(s.cell())).toList());
    }

    private Map<Cell, Raci> view(Leader leader) {
        Map<Cell, Raci> view = new LinkedHashMap<>();
        letters.stream().filter(l -> l.leader() == leader).forEach(l -> view.put(l.cell(), l.letter()));
        return view;
    }
}
