package org.accord.domain.guide;

import static org.accord.domain.Lists.append;
import static org.accord.domain.Lists.without;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.accord.domain.ValidationException;

/**
 * What the room commits to at the end: the rows it agreed (who agreed each and when), how the two leaders will keep
 * meeting, and the action items (who does what, by when). The agenda's last steps fill these in together.
 */
public record Commitments(List<ActivityAgreement> agreements, WorkingAgreement working, List<ActionItem> actions) {

    public static final Commitments NONE = new Commitments(List.of(), WorkingAgreement.NONE, List.of());

    public Commitments {
        agreements = List.copyOf(agreements == null ? List.of() : agreements);
        working = working == null ? WorkingAgreement.NONE : working;
        actions = List.copyOf(actions == null ? List.of() : actions);
    }

    public Optional<ActivityAgreement> agreement(UUID activityId) {
        return agreements.stream().filter(a -> a.activityId().equals(activityId)).findFirst();
    }

    /** Records who agreed a row and when, replacing an earlier agreement of the same row. */
    public Commitments withAgreement(ActivityAgreement agreement) {
        List<ActivityAgreement> next = new ArrayList<>(withoutAgreement(agreement.activityId()).agreements);
        next.add(agreement);
        return new Commitments(next, working, actions);
    }

    public Commitments withoutAgreement(UUID activityId) {
        return agreement(activityId).isEmpty() ? this
                : new Commitments(without(agreements, a -> a.activityId().equals(activityId)), working, actions);
    }

    /** The agreements of a copy whose activities have new ids; one whose activity is not in {@code newIds} is dropped. */
    public Commitments remapped(Map<UUID, UUID> newIds) {
        return new Commitments(agreements.stream().filter(a -> newIds.containsKey(a.activityId()))
                .map(a -> new ActivityAgreement(newIds.get(a.activityId()), a.agreedBy(), a.agreedAt())).toList(),
                working, actions);
    }

    public Commitments withWorking(WorkingAgreement next) {
        return new Commitments(agreements, next, actions);
    }

    public Commitments withActions(List<ActionItem> next) {
        return new Commitments(agreements, working, next);
    }

    public Commitments withActionAdded(ActionItem action) {
        return withActions(append(actions, action));
    }

    public Commitments withActionRemoved(UUID actionId) {
        return withActions(without(actions, a -> a.id().equals(actionId)));
    }

    public Commitments withAction(UUID actionId, UnaryOperator<ActionItem> change) {
        if (actions.stream().noneMatch(a -> a.id().equals(actionId))) {
            throw new ValidationException("That action item is no longer listed.");
        }
        return withActions(actions.stream().map(a -> a.id().equals(actionId) ? change.apply(a) : a).toList());
    }
}
