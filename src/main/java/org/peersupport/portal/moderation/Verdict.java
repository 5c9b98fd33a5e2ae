package org.peersupport.portal.moderation;

import java.util.List;
import java.util.Objects;

/**
 * What the moderation check decided about a post: publish it, hold it for a moderator, or refuse
 * it. The reason is a message key (i18n/messages) with its arguments, shown to the writer in their
 * language; for a hold it is also what moderators read in the queue. {@link #lookSoon()} rides on
 * any outcome: a weaker crisis signal that asks a moderator to look soon, whatever happens to the text.
 */
public record Verdict(Outcome outcome, String reasonKey, List<Object> arguments, CrisisSignal crisis,
        String flagReasonKey, CrisisSignal lookSoon, boolean supportingSomeone) {

    /** In order of strictness: a crisis outranks a refusal, so a person in crisis is never just refused. */
    public enum Outcome {
        PUBLISH,
        HOLD,
        BLOCK,
        /** Crisis language: held like HOLD, queued first, and an alert to staff ({@link #crisis()} says how severe). */
        ESCALATE
    }

    /** The queue's reason for a text that would have been refused but carries a look-soon signal. */
    public static final String HELD_NOT_REFUSED_REASON = "moderation.reason.lookSoonHeld";

    private static final Verdict PUBLISH = new Verdict(Outcome.PUBLISH, null, List.of(), null, null, null, false);

    public static Verdict publish() {
        return PUBLISH;
    }

    public static Verdict hold(String reasonKey, Object... arguments) {
        return new Verdict(Outcome.HOLD, reasonKey, List.of(arguments), null, null, null, false);
    }

    public static Verdict escalate(String reasonKey, CrisisSignal crisis) {
        return new Verdict(Outcome.ESCALATE, reasonKey, List.of(), Objects.requireNonNull(crisis), null, null, false);
    }

    public static Verdict block(String reasonKey, Object... arguments) {
        return new Verdict(Outcome.BLOCK, reasonKey, List.of(arguments), null, null, null, false);
    }

    /** Published, and queued for a moderator to look at (a watched word with action: flag). */
    public static Verdict publishFlagged(String flagReasonKey) {
        return new Verdict(Outcome.PUBLISH, null, List.of(), null, Objects.requireNonNull(flagReasonKey), null, false);
    }

    /** This verdict, also asking for a moderator's look when it publishes. */
    public Verdict flaggedAs(String key) {
        return outcome == Outcome.PUBLISH && key != null
                ? new Verdict(outcome, reasonKey, arguments, crisis, key, lookSoon, supportingSomeone) : this;
    }

    /**
     * This verdict with a look-soon signal riding on it (the first one stays). A refusal becomes a
     * hold: the writer of a hopeless text is not turned away, and a moderator sees the text.
     */
    public Verdict withLookSoon(CrisisSignal signal) {
        if (signal == null || lookSoon != null || outcome == Outcome.ESCALATE) {
            return this;
        }
        if (outcome == Outcome.BLOCK) {
            return new Verdict(Outcome.HOLD, HELD_NOT_REFUSED_REASON, List.of(), null, null, signal, supportingSomeone);
        }
        return new Verdict(outcome, reasonKey, arguments, crisis, flagReasonKey, signal, supportingSomeone);
    }

    /**
     * This verdict, noting that the writer asks how to help someone else in crisis (they are shown
     * how); never on a crisis, which is answered as one.
     */
    public Verdict withSupportingSomeone(boolean supporting) {
        if (!supporting || supportingSomeone || outcome == Outcome.ESCALATE) {
            return this;
        }
        return new Verdict(outcome, reasonKey, arguments, crisis, flagReasonKey, lookSoon, true);
    }

    /** The stricter of two verdicts; the first wins a tie, so earlier rules give the reason. A look-soon signal of either is kept. */
    public Verdict stricter(Verdict other) {
        Verdict stricter = other.outcome.ordinal() > outcome.ordinal() ? other : this;
        return stricter.withLookSoon(lookSoon != null ? lookSoon : other.lookSoon)
                .withSupportingSomeone(supportingSomeone || other.supportingSomeone);
    }
}
