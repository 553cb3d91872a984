package org.accord.domain.guide;

import static org.accord.domain.Lists.append;
import static org.accord.domain.Lists.swap;
import static org.accord.domain.Lists.without;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.accord.domain.Cell;
import org.accord.domain.ValidationException;

/**
 * Everything the workshop gathers besides the matrix itself: the agenda and where the meeting is in it, who is in
 * the room and what they answered, both leaders' goals, the blind entry, the test campaign, the portfolio review and
 * the agreements. Immutable like {@link org.accord.domain.Workshop}, which holds one.
 *
 * <p>Identifiers of activities and roles are kept here only while those exist: the workshop prunes the guide when
 * it removes an activity or a role.
 */
public record Guide(List<AgendaStep> steps, AgendaProgress progress, List<Participant> participants, List<Goal> goals,
                    List<GoalLink> goalLinks, BlindEntry blindEntry, Campaign campaign, List<Initiative> initiatives,
                    List<ActivityAgreement> agreements, WorkingAgreement working, List<ActionItem> actions) {

    public Guide {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("An agenda has at least one step");
        }
        List<UUID> stepIds = steps.stream().map(AgendaStep::id).toList();
        if (progress == null || progress.currentStep() == null || !stepIds.contains(progress.currentStep())) {
            // A step removed (or an undo that took it away) leaves the meeting on the first step.
            progress = new AgendaProgress(steps.get(0).id(), progress == null ? null : progress.clocks());
        }
        participants = List.copyOf(participants == null ? List.of() : participants);
        goals = List.copyOf(goals == null ? List.of() : goals);
        goalLinks = List.copyOf(goalLinks == null ? List.of() : goalLinks.stream().distinct().toList());
        blindEntry = blindEntry == null ? BlindEntry.NOT_STARTED : blindEntry;
        campaign = campaign == null ? Campaign.standard() : campaign;
        initiatives = List.copyOf(initiatives == null ? List.of() : initiatives);
        agreements = List.copyOf(agreements == null ? List.of() : agreements);
        working = working == null ? WorkingAgreement.NONE : working;
        actions = List.copyOf(actions == null ? List.of() : actions);
    }

    private Guide copy(List<AgendaStep> s, AgendaProgress p, List<Participant> pa, List<Goal> g, List<GoalLink> gl,
                       BlindEntry b, Campaign c, List<Initiative> i, List<ActivityAgreement> ag, WorkingAgreement w,
                       List<ActionItem> a) {
        return new Guide(s, p, pa, g, gl, b, c, i, ag, w, a);
    }

    // ---- the agenda ----

    public AgendaStep currentStep() {
        return step(progress.currentStep()).orElseThrow();
    }

    public Optional<AgendaStep> step(UUID stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    public int currentIndex() {
        return steps.indexOf(currentStep());
    }

    public StepClock clock(UUID stepId) {
        return progress.clock(stepId);
    }

    /** The next step that is not skipped; at the end, the meeting stays where it is. */
    public Guide next(Instant now) {
        return moveBy(+1, now);
    }

    public Guide previous(Instant now) {
        return moveBy(-1, now);
    }

    private Guide moveBy(int direction, Instant now) {
        for (int i = currentIndex() + direction; i >= 0 && i < steps.size(); i += direction) {
            if (!steps.get(i).skipped()) {
                return jumpTo(steps.get(i).id(), now);
            }
        }
        return this;
    }

    /** Any step, skipped or not: the facilitator chose it. */
    public Guide jumpTo(UUID stepId, Instant now) {
        requireStep(stepId);
        return withProgress(progress.movedTo(stepId, now));
    }

    public Guide withProgress(AgendaProgress next) {
        return copy(steps, next, participants, goals, goalLinks, blindEntry, campaign, initiatives, agreements, working, actions);
    }

    public Guide withClock(UUID stepId, UnaryOperator<StepClock> change) {
        requireStep(stepId);
        return withProgress(progress.withClock(stepId, change.apply(progress.clock(stepId))));
    }

    public Guide withStep(UUID stepId, UnaryOperator<AgendaStep> change) {
        AgendaStep changed = change.apply(requireStep(stepId));
        return withSteps(steps.stream().map(s -> s.id().equals(stepId) ? changed : s).toList());
    }

    public Guide withStepAdded(AgendaStep step, int index) {
        List<AgendaStep> next = new ArrayList<>(steps);
        next.add(Math.max(0, Math.min(index, next.size())), step);
        return withSteps(next);
    }

    /** Only steps the facilitator added can go; the standard ones can be skipped instead. */
    public Guide withStepRemoved(UUID stepId) {
        AgendaStep step = requireStep(stepId);
        if (step.kind() != StepKind.NOTES) {
            throw new ValidationException(org.accord.domain.Messages.quote(step.title()) + " is one of the method's steps: skip it instead of removing it.");
        }
        return withSteps(steps.stream().filter(s -> !s.id().equals(stepId)).toList());
    }

    public Guide withStepMoved(UUID stepId, int direction) {
        int from = steps.indexOf(requireStep(stepId));
        int to = from + Integer.signum(direction);
        if (to < 0 || to >= steps.size()) {
            return this;
        }
        return withSteps(swap(steps, from, to));
    }

    private Guide withSteps(List<AgendaStep> next) {
        return copy(next, progress, participants, goals, goalLinks, blindEntry, campaign, initiatives, agreements, working, actions);
    }

    private AgendaStep requireStep(UUID stepId) {
        return step(stepId).orElseThrow(() -> new ValidationException("That step is no longer on the agenda."));
    }

    // ---- participants ----

    public Guide withParticipantAdded(Participant participant) {
        return withParticipants(append(participants, participant));
    }

    public Guide withParticipant(UUID participantId, UnaryOperator<Participant> change) {
        requireIn(participants, p -> p.id().equals(participantId), "That participant is no longer listed.");
        return withParticipants(participants.stream().map(p -> p.id().equals(participantId) ? change.apply(p) : p).toList());
    }

    public Guide withParticipantRemoved(UUID participantId) {
        return withParticipants(without(participants, p -> p.id().equals(participantId)));
    }

    private Guide withParticipants(List<Participant> next) {
        return copy(steps, progress, next, goals, goalLinks, blindEntry, campaign, initiatives, agreements, working, actions);
    }

    // ---- goals ----

    public List<Goal> goalsOf(Leader leader) {
        return goals.stream().filter(g -> g.leader() == leader).toList();
    }

    public Optional<Goal> goal(UUID goalId) {
        return goals.stream().filter(g -> g.id().equals(goalId)).findFirst();
    }

    public Guide withGoalAdded(Goal goal) {
        return withGoals(append(goals, goal), goalLinks);
    }

    public Guide withGoal(UUID goalId, UnaryOperator<Goal> change) {
        requireIn(goals, g -> g.id().equals(goalId), "That goal is no longer listed.");
        return withGoals(goals.stream().map(g -> g.id().equals(goalId) ? change.apply(g) : g).toList(), goalLinks);
    }

    /** Removes a goal and its links. */
    public Guide withGoalRemoved(UUID goalId) {
        return withGoals(without(goals, g -> g.id().equals(goalId)),
                without(goalLinks, l -> l.cioGoal().equals(goalId) || l.cmoGoal().equals(goalId)));
    }

    public Guide withGoalsLinked(UUID cioGoal, UUID cmoGoal) {
        if (goal(cioGoal).map(Goal::leader).orElse(null) != Leader.CIO
                || goal(cmoGoal).map(Goal::leader).orElse(null) != Leader.CMO) {
            throw new ValidationException("Choose one goal from the CIO's list and one from the CMO's list to link.");
        }
        GoalLink link = new GoalLink(cioGoal, cmoGoal);
        return goalLinks.contains(link) ? this : withGoals(goals, append(goalLinks, link));
    }

    public Guide withGoalLinkRemoved(GoalLink link) {
        return withGoals(goals, without(goalLinks, link::equals));
    }

    private Guide withGoals(List<Goal> nextGoals, List<GoalLink> nextLinks) {
        return copy(steps, progress, participants, nextGoals, nextLinks, blindEntry, campaign, initiatives, agreements,
                working, actions);
    }

    // ---- blind entry, campaign, portfolio ----

    public Guide withBlindEntry(BlindEntry next) {
        return copy(steps, progress, participants, goals, goalLinks, next, campaign, initiatives, agreements, working, actions);
    }

    public Guide withCampaign(Campaign next) {
        return copy(steps, progress, participants, goals, goalLinks, blindEntry, next, initiatives, agreements, working, actions);
    }

    public Guide withCampaignStage(UUID stageId, UnaryOperator<CampaignStage> change) {
        requireIn(campaign.stages(), s -> s.id().equals(stageId), "That stage is no longer in the campaign.");
        return withCampaign(new Campaign(campaign.name(), campaign.stages().stream()
                .map(s -> s.id().equals(stageId) ? change.apply(s) : s).toList()));
    }

    public Guide withCampaignNamed(String name) {
        return withCampaign(new Campaign(name, campaign.stages()));
    }

    public Guide withStageAdded(CampaignStage stage) {
        return withCampaign(new Campaign(campaign.name(), append(campaign.stages(), stage)));
    }

    public Guide withStageRemoved(UUID stageId) {
        return withCampaign(new Campaign(campaign.name(), without(campaign.stages(), s -> s.id().equals(stageId))));
    }

    public Guide withInitiativeAdded(Initiative initiative) {
        return withInitiatives(append(initiatives, initiative));
    }

    public Guide withInitiativeRemoved(UUID initiativeId) {
        return withInitiatives(without(initiatives, i -> i.id().equals(initiativeId)));
    }

    public Guide withInitiatives(List<Initiative> next) {
        return copy(steps, progress, participants, goals, goalLinks, blindEntry, campaign, next, agreements, working, actions);
    }

    public Guide withInitiative(UUID initiativeId, UnaryOperator<Initiative> change) {
        requireIn(initiatives, i -> i.id().equals(initiativeId), "That initiative is no longer listed.");
        return withInitiatives(initiatives.stream().map(i -> i.id().equals(initiativeId) ? change.apply(i) : i).toList());
    }

    // ---- agreements ----

    public Optional<ActivityAgreement> agreement(UUID activityId) {
        return agreements.stream().filter(a -> a.activityId().equals(activityId)).findFirst();
    }

    public Guide withAgreement(ActivityAgreement agreement) {
        List<ActivityAgreement> next = new ArrayList<>(withoutAgreement(agreement.activityId()).agreements);
        next.add(agreement);
        return withAgreements(next);
    }

    public Guide withoutAgreement(UUID activityId) {
        return agreement(activityId).isEmpty() ? this
                : withAgreements(agreements.stream().filter(a -> !a.activityId().equals(activityId)).toList());
    }

    private Guide withAgreements(List<ActivityAgreement> next) {
        return copy(steps, progress, participants, goals, goalLinks, blindEntry, campaign, initiatives, next, working, actions);
    }

    public Guide withWorking(WorkingAgreement next) {
        return copy(steps, progress, participants, goals, goalLinks, blindEntry, campaign, initiatives, agreements, next, actions);
    }

    public Guide withActions(List<ActionItem> next) {
        return copy(steps, progress, participants, goals, goalLinks, blindEntry, campaign, initiatives, agreements, working, next);
    }

    public Guide withActionAdded(ActionItem action) {
        return withActions(append(actions, action));
    }

    public Guide withActionRemoved(UUID actionId) {
        return withActions(without(actions, a -> a.id().equals(actionId)));
    }

    public Guide withAction(UUID actionId, UnaryOperator<ActionItem> change) {
        requireIn(actions, a -> a.id().equals(actionId), "That action item is no longer listed.");
        return withActions(actions.stream().map(a -> a.id().equals(actionId) ? change.apply(a) : a).toList());
    }

    // ---- keeping references valid ----

    /** The guide without anything that refers to a removed activity. */
    public Guide withoutActivity(UUID activityId) {
        return copy(steps, progress, participants, goals, goalLinks,
                blindEntry.without(c -> c.activityId().equals(activityId)),
                new Campaign(campaign.name(), campaign.stages().stream().map(s -> s.withActivities(
                        s.activityIds().stream().filter(id -> !id.equals(activityId)).toList())).toList()),
                initiatives.stream().map(i -> i.withActivities(
                        i.activityIds().stream().filter(id -> !id.equals(activityId)).toList())).toList(),
                agreements.stream().filter(a -> !a.activityId().equals(activityId)).toList(), working, actions);
    }

    /** The guide without anything that refers to a removed role; its participants keep their names. */
    public Guide withoutRole(UUID roleId) {
        return copy(steps, progress,
                participants.stream().map(p -> roleId.equals(p.roleId()) ? p.withRole(null) : p).toList(),
                goals, goalLinks, blindEntry.without((Cell c) -> c.roleId().equals(roleId)), campaign, initiatives,
                agreements, working, actions);
    }

    /**
     * The same guide for a copy of the workshop whose activities and roles have new ids (a duplicate, an imported
     * file): every reference goes through {@code newIds}; one that is not there is dropped.
     */
    public Guide remapped(java.util.Map<UUID, UUID> newIds) {
        java.util.function.Function<List<UUID>, List<UUID>> ids =
                list -> list.stream().map(newIds::get).filter(Objects::nonNull).toList();
        BlindEntry blind = new BlindEntry(blindEntry.entering(), blindEntry.revealed(),
                blindEntry.letters().stream().filter(l -> newIds.containsKey(l.activityId()) && newIds.containsKey(l.roleId()))
                        .map(l -> new BlindEntry.ViewLetter(l.leader(), newIds.get(l.activityId()), newIds.get(l.roleId()), l.letter()))
                        .toList(),
                blindEntry.settlements().stream().filter(x -> newIds.containsKey(x.activityId()) && newIds.containsKey(x.roleId()))
                        .map(x -> new BlindEntry.Settlement(newIds.get(x.activityId()), newIds.get(x.roleId()), x.agreed(), x.by()))
                        .toList());
        return copy(steps, progress,
                participants.stream().map(p -> p.withRole(p.roleId() == null ? null : newIds.get(p.roleId()))).toList(),
                goals, goalLinks, blind,
                new Campaign(campaign.name(), campaign.stages().stream().map(s -> s.withActivities(ids.apply(s.activityIds()))).toList()),
                initiatives.stream().map(i -> i.withActivities(ids.apply(i.activityIds()))).toList(),
                agreements.stream().filter(a -> newIds.containsKey(a.activityId()))
                        .map(a -> new ActivityAgreement(newIds.get(a.activityId()), a.agreedBy(), a.agreedAt())).toList(),
                working, actions);
    }

    private static <T> void requireIn(List<T> list, java.util.function.Predicate<T> match, String message) {
        if (list.stream().noneMatch(match)) {
            throw new ValidationException(message);
        }
    }
}
