package org.accord.domain.guide;

import static org.accord.domain.Lists.append;
import static org.accord.domain.Lists.without;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.accord.domain.Cell;
import org.accord.domain.ValidationException;

/**
 * Everything the workshop gathers besides the matrix itself, in sections that change together: the {@link Agenda}
 * (the steps and where the meeting is in them), who is in the room and what they answered, the {@link LeaderGoals}
 * (both leaders' goals and their links), the blind entry, the test campaign, the portfolio's initiatives and the
 * {@link Commitments} (agreed rows, the working agreement, action items). Immutable like
 * {@link org.accord.domain.Workshop}, which holds one. A new field goes into its section; a change to a section goes
 * through its one {@code with…} here.
 *
 * <p>Identifiers of activities and roles are kept here only while those exist: the workshop prunes the guide when
 * it removes an activity or a role.
 *
 * <p>The stored guide document and the workshop file are Jackson's mapping of this record. The sections are
 * {@link JsonUnwrapped unwrapped} so that their fields stay where they were before there were sections ({@code
 * "steps"}, {@code "progress"}, {@code "participants"}, {@code "goals"}, …, in this order): a section's component
 * names are part of both formats (GuideDocumentFormatTest and WorkshopFileTest read stored samples).
 */
public record Guide(@JsonUnwrapped Agenda agenda, List<Participant> participants, @JsonUnwrapped LeaderGoals leaderGoals,
                    BlindEntry blindEntry, Campaign campaign, List<Initiative> initiatives,
                    @JsonUnwrapped Commitments commitments) {

    public Guide {
        Objects.requireNonNull(agenda, "agenda");
        participants = List.copyOf(participants == null ? List.of() : participants);
        leaderGoals = leaderGoals == null ? LeaderGoals.NONE : leaderGoals;
        blindEntry = blindEntry == null ? BlindEntry.NOT_STARTED : blindEntry;
        campaign = campaign == null ? Campaign.standard() : campaign;
        initiatives = List.copyOf(initiatives == null ? List.of() : initiatives);
        commitments = commitments == null ? Commitments.NONE : commitments;
    }

    // ---- one change per section: every other change goes through these ----

    public Guide withAgenda(Agenda next) {
        return new Guide(next, participants, leaderGoals, blindEntry, campaign, initiatives, commitments);
    }

    private Guide withParticipants(List<Participant> next) {
        return new Guide(agenda, next, leaderGoals, blindEntry, campaign, initiatives, commitments);
    }

    public Guide withLeaderGoals(LeaderGoals next) {
        return new Guide(agenda, participants, next, blindEntry, campaign, initiatives, commitments);
    }

    public Guide withBlindEntry(BlindEntry next) {
        return new Guide(agenda, participants, leaderGoals, next, campaign, initiatives, commitments);
    }

    public Guide withCampaign(Campaign next) {
        return new Guide(agenda, participants, leaderGoals, blindEntry, next, initiatives, commitments);
    }

    public Guide withInitiatives(List<Initiative> next) {
        return new Guide(agenda, participants, leaderGoals, blindEntry, campaign, next, commitments);
    }

    public Guide withCommitments(Commitments next) {
        return new Guide(agenda, participants, leaderGoals, blindEntry, campaign, initiatives, next);
    }

    // ---- the agenda ----

    public List<AgendaStep> steps() {
        return agenda.steps();
    }

    public AgendaProgress progress() {
        return agenda.progress();
    }

    public AgendaStep currentStep() {
        return agenda.currentStep();
    }

    public Optional<AgendaStep> step(UUID stepId) {
        return agenda.step(stepId);
    }

    public int currentIndex() {
        return agenda.currentIndex();
    }

    public StepClock clock(UUID stepId) {
        return agenda.clock(stepId);
    }

    /** The next step that is not skipped; at the end, the meeting stays where it is. */
    public Guide next(Instant now) {
        return withAgenda(agenda.movedBy(+1, now));
    }

    public Guide previous(Instant now) {
        return withAgenda(agenda.movedBy(-1, now));
    }

    /** Any step, skipped or not: the facilitator chose it. */
    public Guide jumpTo(UUID stepId, Instant now) {
        return withAgenda(agenda.jumpedTo(stepId, now));
    }

    public Guide withProgress(AgendaProgress next) {
        return withAgenda(agenda.withProgress(next));
    }

    public Guide withClock(UUID stepId, UnaryOperator<StepClock> change) {
        return withAgenda(agenda.withClock(stepId, change));
    }

    public Guide withStep(UUID stepId, UnaryOperator<AgendaStep> change) {
        return withAgenda(agenda.withStep(stepId, change));
    }

    public Guide withStepAdded(AgendaStep step, int index) {
        return withAgenda(agenda.withStepAdded(step, index));
    }

    /** Only steps the facilitator added can go; the standard ones can be skipped instead. */
    public Guide withStepRemoved(UUID stepId) {
        return withAgenda(agenda.withStepRemoved(stepId));
    }

    public Guide withStepMoved(UUID stepId, int direction) {
        Agenda next = agenda.withStepMoved(stepId, direction);
        return next == agenda ? this : withAgenda(next);
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

    // ---- goals ----

    public List<Goal> goals() {
        return leaderGoals.goals();
    }

    public List<GoalLink> goalLinks() {
        return leaderGoals.goalLinks();
    }

    public List<Goal> goalsOf(Leader leader) {
        return leaderGoals.goalsOf(leader);
    }

    public Optional<Goal> goal(UUID goalId) {
        return leaderGoals.goal(goalId);
    }

    public Guide withGoalAdded(Goal goal) {
        return withLeaderGoals(leaderGoals.withGoalAdded(goal));
    }

    public Guide withGoal(UUID goalId, UnaryOperator<Goal> change) {
        return withLeaderGoals(leaderGoals.withGoal(goalId, change));
    }

    /** Removes a goal and its links. */
    public Guide withGoalRemoved(UUID goalId) {
        return withLeaderGoals(leaderGoals.withGoalRemoved(goalId));
    }

    public Guide withGoalsLinked(UUID cioGoal, UUID cmoGoal) {
        LeaderGoals next = leaderGoals.withGoalsLinked(cioGoal, cmoGoal);
        return next == leaderGoals ? this : withLeaderGoals(next);
    }

    public Guide withGoalLinkRemoved(GoalLink link) {
        return withLeaderGoals(leaderGoals.withGoalLinkRemoved(link));
    }

    // ---- campaign, portfolio ----

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

    public Guide withInitiative(UUID initiativeId, UnaryOperator<Initiative> change) {
        requireIn(initiatives, i -> i.id().equals(initiativeId), "That initiative is no longer listed.");
        return withInitiatives(initiatives.stream().map(i -> i.id().equals(initiativeId) ? change.apply(i) : i).toList());
    }

    // ---- agreements, working agreement, action items ----

    public List<ActivityAgreement> agreements() {
        return commitments.agreements();
    }

    public WorkingAgreement working() {
        return commitments.working();
    }

    public List<ActionItem> actions() {
        return commitments.actions();
    }

    public Optional<ActivityAgreement> agreement(UUID activityId) {
        return commitments.agreement(activityId);
    }

    public Guide withAgreement(ActivityAgreement agreement) {
        return withCommitments(commitments.withAgreement(agreement));
    }

    public Guide withoutAgreement(UUID activityId) {
        Commitments next = commitments.withoutAgreement(activityId);
        return next == commitments ? this : withCommitments(next);
    }

    public Guide withWorking(WorkingAgreement next) {
        return withCommitments(commitments.withWorking(next));
    }

    public Guide withActions(List<ActionItem> next) {
        return withCommitments(commitments.withActions(next));
    }

    public Guide withActionAdded(ActionItem action) {
        return withCommitments(commitments.withActionAdded(action));
    }

    public Guide withActionRemoved(UUID actionId) {
        return withCommitments(commitments.withActionRemoved(actionId));
    }

    public Guide withAction(UUID actionId, UnaryOperator<ActionItem> change) {
        return withCommitments(commitments.withAction(actionId, change));
    }

    // ---- keeping references valid ----

    /** The guide without anything that refers to a removed activity. */
    public Guide withoutActivity(UUID activityId) {
        return new Guide(agenda, participants, leaderGoals,
                blindEntry.without(c -> c.activityId().equals(activityId)),
                new Campaign(campaign.name(), campaign.stages().stream().map(s -> s.withActivities(
                        s.activityIds().stream().filter(id -> !id.equals(activityId)).toList())).toList()),
                initiatives.stream().map(i -> i.withActivities(
                        i.activityIds().stream().filter(id -> !id.equals(activityId)).toList())).toList(),
                new Commitments(without(agreements(), a -> a.activityId().equals(activityId)), working(), actions()));
    }

    /** The guide without anything that refers to a removed role; its participants keep their names. */
    public Guide withoutRole(UUID roleId) {
        return new Guide(agenda,
                participants.stream().map(p -> roleId.equals(p.roleId()) ? p.withRole(null) : p).toList(),
                leaderGoals, blindEntry.without((Cell c) -> c.roleId().equals(roleId)), campaign, initiatives,
                commitments);
    }

    /**
     * The same guide for a copy of the workshop whose activities and roles have new ids (a duplicate, an imported
     * file): every reference goes through {@code newIds}; one that is not there is dropped.
     */
    public Guide remapped(Map<UUID, UUID> newIds) {
        Function<List<UUID>, List<UUID>> ids = list -> list.stream().map(newIds::get).filter(Objects::nonNull).toList();
        BlindEntry blind = new BlindEntry(blindEntry.entering(), blindEntry.revealed(),
                blindEntry.letters().stream().filter(l -> newIds.containsKey(l.activityId()) && newIds.containsKey(l.roleId()))
                        .map(l -> new BlindEntry.ViewLetter(l.leader(), newIds.get(l.activityId()), newIds.get(l.roleId()), l.letter()))
                        .toList(),
                blindEntry.settlements().stream().filter(x -> newIds.containsKey(x.activityId()) && newIds.containsKey(x.roleId()))
                        .map(x -> new BlindEntry.Settlement(newIds.get(x.activityId()), newIds.get(x.roleId()), x.agreed(), x.by()))
                        .toList());
        return new Guide(agenda,
                participants.stream().map(p -> p.withRole(p.roleId() == null ? null : newIds.get(p.roleId()))).toList(),
                leaderGoals, blind,
                new Campaign(campaign.name(), campaign.stages().stream().map(s -> s.withActivities(ids.apply(s.activityIds()))).toList()),
                initiatives.stream().map(i -> i.withActivities(ids.apply(i.activityIds()))).toList(),
                commitments.remapped(newIds));
    }

    private static <T> void requireIn(List<T> list, Predicate<T> match, String message) {
        if (list.stream().noneMatch(match)) {
            throw new ValidationException(message);
        }
    }
}
