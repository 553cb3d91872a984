package org.accord.domain.edit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.accord.domain.Activity;
import org.accord.domain.Edit;
import org.accord.domain.Raci;
import org.accord.domain.Role;
import org.accord.domain.Side;
import org.accord.domain.Workshop;
import org.accord.domain.guide.ActionItem;
import org.accord.domain.guide.AgendaStep;
import org.accord.domain.guide.BlindEntry;
import org.accord.domain.guide.BlindEntry.Difference;
import org.accord.domain.guide.BlindEntry.SettledBy;
import org.accord.domain.guide.CampaignStage;
import org.accord.domain.guide.Goal;
import org.accord.domain.guide.GoalLink;
import org.accord.domain.guide.Guide;
import org.accord.domain.guide.Initiative;
import org.accord.domain.guide.LeadAnswer;
import org.accord.domain.guide.Leader;
import org.accord.domain.guide.Participant;
import org.accord.domain.guide.Portfolio;
import org.accord.domain.guide.Rating;
import org.accord.domain.guide.StepClock;
import org.accord.domain.guide.StepKind;
import org.accord.domain.guide.WorkingAgreement;

/**
 * The edits of the guide: the agenda and its timers, the room, the goals, the blind entry, the campaign, the
 * portfolio and what the room agrees. Moving through the agenda and its timers are edits too, which the session
 * saves without making them undo steps (see {@code WorkshopSession#applyProgress}).
 */
public final class GuideEdits {
    private GuideEdits() {
    }

    /** A change to the guide alone, as one edit; the building block of the others. */
    public static Edit ofGuide(String description, UnaryOperator<Guide> change) {
        return new Edit(description, w -> w.withGuide(change.apply(w.guide())));
    }

    // ---- moving through the agenda (progress: saved, never undone) ----

    public static Edit nextStep(Instant now) {
        return ofGuide("Next step", g -> g.next(now));
    }

    public static Edit previousStep(Instant now) {
        return ofGuide("Previous step", g -> g.previous(now));
    }

    public static Edit goToStep(UUID stepId, Instant now) {
        return ofGuide("Go to step", g -> g.jumpTo(stepId, now));
    }

    public static Edit startTimer(UUID stepId, Instant now) {
        return ofGuide("Start timer", g -> g.withClock(stepId, c -> c.start(now)));
    }

    public static Edit pauseTimer(UUID stepId, Instant now) {
        return ofGuide("Pause timer", g -> g.withClock(stepId, c -> c.pause(now)));
    }

    public static Edit extendTimer(UUID stepId) {
        return ofGuide("Five more minutes", g -> g.withClock(stepId, StepClock::extend));
    }

    public static Edit resetTimer(UUID stepId, Instant now) {
        return ofGuide("Reset timer", g -> g.withClock(stepId, c -> c.reset(now)));
    }

    // ---- the agenda ----

    public static Edit planMinutes(UUID stepId, int minutes) {
        return ofGuide("Plan " + minutes + " minutes", g -> g.withStep(stepId, s -> s.withPlannedMinutes(minutes)));
    }

    public static Edit renameStep(UUID stepId, String name) {
        return ofGuide("Rename step to " + name, g -> g.withStep(stepId, s -> s.withTitle(name)));
    }

    /** A step of the facilitator's own (notes, ten minutes) at {@code index}. */
    public static Edit addStep(String name, int index) {
        return ofGuide("Add step " + name, g -> g.withStepAdded(AgendaStep.create(StepKind.NOTES, name, "", 10), index));
    }

    public static Edit removeStep(UUID stepId) {
        return ofGuide("Remove step", g -> g.withStepRemoved(stepId));
    }

    /** Up (-1) or down (+1) the agenda. */
    public static Edit moveStep(UUID stepId, int direction) {
        return ofGuide(direction < 0 ? "Move step up" : "Move step down", g -> g.withStepMoved(stepId, direction));
    }

    /** Skips the step, or takes a skipped one back into the agenda. */
    public static Edit toggleSkipped(AgendaStep step) {
        return ofGuide(step.skipped() ? "Include step" : "Skip step",
                g -> g.withStep(step.id(), s -> s.withSkipped(!s.skipped())));
    }

    public static Edit editNotes(UUID stepId, String text) {
        return ofGuide("Edit notes", g -> g.withStep(stepId, s -> s.withNotes(text)));
    }

    // ---- the room ----

    /** Someone in the room, by name; role and side are chosen afterwards. */
    public static Edit addParticipant(String name) {
        return ofGuide("Add participant " + name, g -> g.withParticipantAdded(Participant.create(name, null, Side.IT)));
    }

    /** The participant's role ({@code null}: none); a role also sets the side the participant is on. */
    public static Edit setParticipantRole(UUID participantId, Role role) {
        return changeParticipant(participantId, "Change participant's role", p -> p.withRole(role == null ? null : role.id())
                .withSide(role == null ? p.side() : role.side()));
    }

    public static Edit setParticipantSide(UUID participantId, Side side) {
        return changeParticipant(participantId, "Change participant's side", p -> p.withSide(side));
    }

    public static Edit markPresent(UUID participantId, boolean present) {
        return changeParticipant(participantId, present ? "Mark present" : "Mark absent", p -> p.withPresent(present));
    }

    /** The perception check: who the participant thinks leads the digital agenda today. */
    public static Edit answerWhoLeads(UUID participantId, LeadAnswer answer) {
        return changeParticipant(participantId, "Answer who leads", p -> p.withLead(answer));
    }

    /** The perception check: how well the participant thinks the other side understands theirs. */
    public static Edit answerUnderstanding(UUID participantId, Rating rating) {
        return changeParticipant(participantId, "Answer understanding", p -> p.withOtherSideUnderstanding(rating));
    }

    /**
     * A participant's answers from their own phone (issue 18): the first answer adds them to the room under the name
     * the room server gave the phone ("Phone 3", or the name typed where the facilitator asked for names); later ones
     * change their side and answers. The whole answer each time, so a resent request changes nothing twice. If the
     * facilitator removed the participant meanwhile (or undid their arrival), the phone's next answer adds them again.
     */
    public static Edit answerFromPhone(UUID participantId, String name, Side side, LeadAnswer lead, Rating rating) {
        return ofGuide("Answer from " + name, g -> g.participants().stream().anyMatch(p -> p.id().equals(participantId))
                ? g.withParticipant(participantId, p -> p.withName(name).withSide(side).withPresent(true)
                        .withLead(lead).withOtherSideUnderstanding(rating))
                : g.withParticipantAdded(new Participant(participantId, name, null, side, true, lead, rating)));
    }

    private static Edit changeParticipant(UUID participantId, String description, UnaryOperator<Participant> change) {
        return ofGuide(description, g -> g.withParticipant(participantId, change));
    }

    public static Edit removeParticipant(UUID participantId) {
        return ofGuide("Remove participant", g -> g.withParticipantRemoved(participantId));
    }

    // ---- goals ----

    public static Edit addGoal(Leader leader, String text) {
        return ofGuide("Add " + leader.label() + " goal", g -> g.withGoalAdded(Goal.create(leader, text)));
    }

    public static Edit rewordGoal(UUID goalId, String text) {
        return ofGuide("Reword goal", g -> g.withGoal(goalId, x -> x.withText(text)));
    }

    public static Edit removeGoal(UUID goalId) {
        return ofGuide("Remove goal", g -> g.withGoalRemoved(goalId));
    }

    public static Edit unlinkGoals(GoalLink link) {
        return ofGuide("Remove link", g -> g.withGoalLinkRemoved(link));
    }

    public static Edit linkGoals(UUID cioGoal, UUID cmoGoal) {
        return ofGuide("Link goals", g -> g.withGoalsLinked(cioGoal, cmoGoal));
    }

    // ---- blind entry ----

    /** Starts (or switches to) entering one leader's view. */
    public static Edit enterView(Leader leader) {
        return ofGuide("Enter the " + leader.label() + "'s view", g -> g.withBlindEntry(g.blindEntry().entering(leader)));
    }

    /**
     * Sets or clears ({@code letter == null}) one cell of the view being entered. The description names no letter:
     * it is shown as "Undo …" in the Edit menu and the toolbar's tip, which the projector may show before the reveal.
     */
    public static Edit setBlindLetter(Leader leader, UUID activityId, UUID roleId, Raci letter) {
        return new Edit((letter == null ? "Clear a letter" : "Set a letter") + " in the " + leader.label() + "'s view",
                w -> w.withBlindLetter(leader, activityId, roleId, letter));
    }

    public static Edit revealViews() {
        return new Edit("Reveal the two views", Workshop::withBlindViewsRevealed);
    }

    /** With the CIO's letter, the CMO's, or {@code other} (which may be {@code null}: an empty cell). */
    public static Edit settleDifference(Difference difference, SettledBy by, Raci other) {
        return new Edit("Settle a difference",
                w -> w.withDifferenceSettled(difference.activityId(), difference.roleId(), by, other));
    }

    /** Both views and their settlements cleared; the agreed matrix keeps its letters. */
    public static Edit startBlindEntryAgain() {
        return ofGuide("Start the blind entry again", g -> g.withBlindEntry(BlindEntry.NOT_STARTED));
    }

    // ---- campaign and portfolio ----

    public static Edit nameCampaign(String name) {
        return ofGuide("Name the campaign", g -> g.withCampaignNamed(name));
    }

    public static Edit addStage(String name) {
        return ofGuide("Add stage " + name, g -> g.withStageAdded(CampaignStage.create(name)));
    }

    public static Edit removeStage(UUID stageId) {
        return ofGuide("Remove stage", g -> g.withStageRemoved(stageId));
    }

    /** The activities that cover a stage of the campaign. */
    public static Edit linkStage(CampaignStage stage, List<UUID> activityIds) {
        return ofGuide("Link stage " + stage.name(), g -> g.withCampaignStage(stage.id(), s -> s.withActivities(activityIds)));
    }

    public static Edit addInitiative(String name, Portfolio portfolio, boolean ongoing) {
        return ofGuide("Add initiative " + name, g -> g.withInitiativeAdded(Initiative.create(name, portfolio, ongoing)));
    }

    /** Name, portfolio and state as the edit dialog left them; the links to activities stay. */
    public static Edit changeInitiative(Initiative before, Initiative edited) {
        return ofGuide("Edit initiative " + before.name(), g -> g.withInitiative(before.id(), i -> edited));
    }

    /** The activities that own an initiative. */
    public static Edit linkInitiative(Initiative initiative, List<UUID> activityIds) {
        return ofGuide("Link initiative " + initiative.name(),
                g -> g.withInitiative(initiative.id(), i -> i.withActivities(activityIds)));
    }

    public static Edit removeInitiative(UUID initiativeId) {
        return ofGuide("Remove initiative", g -> g.withInitiativeRemoved(initiativeId));
    }

    // ---- agreements, working agreement, action items ----

    /** Marks a row agreed, with who agreed it and when. */
    public static Edit agreeRow(Activity activity, String agreedBy, Instant when) {
        return new Edit("Agree " + activity.name(), w -> w.withActivityAgreed(activity.id(), agreedBy, when));
    }

    /** Several rows agreed at once (those without findings), one undo step. */
    public static Edit agreeRows(List<Activity> rows, String agreedBy, Instant when) {
        return new Edit("Agree " + rows.size() + (rows.size() == 1 ? " row" : " rows") + " without findings", w -> {
            Workshop next = w;
            for (Activity a : rows) {
                next = next.withActivityAgreed(a.id(), agreedBy, when);
            }
            return next;
        });
    }

    public static Edit setWorkingAgreement(int cadenceMinutesPerWeek, String escalationPath, LocalDate nextReview) {
        return ofGuide("Edit the working agreement",
                g -> g.withWorking(new WorkingAgreement(cadenceMinutesPerWeek, escalationPath, nextReview)));
    }

    public static Edit addAction(String text, String owner, LocalDate due) {
        return ofGuide("Add action item", g -> g.withActionAdded(ActionItem.create(text, owner, due)));
    }

    /** Done, or open again. */
    public static Edit toggleActionDone(ActionItem action) {
        return ofGuide(action.done() ? "Reopen action" : "Mark action done",
                g -> g.withAction(action.id(), a -> a.withDone(!a.done())));
    }

    /** Text, owner, due date and done as the edit dialog left them. */
    public static Edit changeAction(UUID actionId, ActionItem edited) {
        return ofGuide("Edit action item", g -> g.withAction(actionId, a -> edited));
    }

    /** "Remove": the words of the button that removes the chosen action item, as the Undo menu has always shown them. */
    public static Edit removeAction(UUID actionId) {
        return ofGuide("Remove", g -> g.withActionRemoved(actionId));
    }
}
