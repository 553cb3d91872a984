package org.accord.domain.guide;

import static org.accord.domain.Lists.append;
import static org.accord.domain.Lists.without;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.accord.domain.ValidationException;

/**
 * Both leaders' goals and the links between a CIO goal and a CMO goal that serve the same end. Together because a
 * link names two goals: a goal removed takes its links along.
 */
public record LeaderGoals(List<Goal> goals, List<GoalLink> goalLinks) {

    public static final LeaderGoals NONE = new LeaderGoals(List.of(), List.of());

    public LeaderGoals {
        goals = List.copyOf(goals == null ? List.of() : goals);
        goalLinks = List.copyOf(goalLinks == null ? List.of() : goalLinks.stream().distinct().toList());
    }

    public List<Goal> goalsOf(Leader leader) {
        return goals.stream().filter(g -> g.leader() == leader).toList();
    }

    public Optional<Goal> goal(UUID goalId) {
        return goals.stream().filter(g -> g.id().equals(goalId)).findFirst();
    }

    public LeaderGoals withGoalAdded(Goal goal) {
        return new LeaderGoals(append(goals, goal), goalLinks);
    }

    public LeaderGoals withGoal(UUID goalId, UnaryOperator<Goal> change) {
        if (goal(goalId).isEmpty()) {
            throw new ValidationException("That goal is no longer listed.");
        }
        return new LeaderGoals(goals.stream().map(g -> g.id().equals(goalId) ? change.apply(g) : g).toList(), goalLinks);
    }

    /** Removes a goal and its links. */
    public LeaderGoals withGoalRemoved(UUID goalId) {
        return new LeaderGoals(without(goals, g -> g.id().equals(goalId)),
                without(goalLinks, l -> l.cioGoal().equals(goalId) || l.cmoGoal().equals(goalId)));
    }

    public LeaderGoals withGoalsLinked(UUID cioGoal, UUID cmoGoal) {
        if (goal(cioGoal).map(Goal::leader).orElse(null) != Leader.CIO
                || goal(cmoGoal).map(Goal::leader).orElse(null) != Leader.CMO) {
            throw new ValidationException("Choose one goal from the CIO's list and one from the CMO's list to link.");
        }
        GoalLink link = new GoalLink(cioGoal, cmoGoal);
        return goalLinks.contains(link) ? this : new LeaderGoals(goals, append(goalLinks, link));
    }

    public LeaderGoals withGoalLinkRemoved(GoalLink link) {
        return new LeaderGoals(goals, without(goalLinks, link::equals));
    }
}
