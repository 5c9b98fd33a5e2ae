package org.peersupport.portal.safety;

import java.util.List;
import java.util.Optional;
import org.peersupport.portal.safety.SafetyRule.Action;
import org.peersupport.portal.safety.SafetyRule.Severity;

/**
 * What the safety screen found in a text and what follows from it.
 *
 * <p>The decision is the strictest that any hit asks for, in this order (strictest first):
 * <ol>
 * <li>ESCALATE: crisis language. Held, the writer sees crisis resources at once, and on-duty
 * moderators are alerted. It beats BLOCK on purpose: a person in crisis who also wrote a spam
 * phrase or an insult must never be turned away by a refusal; a human has to see the text.</li>
 * <li>BLOCK: refused; the writer keeps the text and is told why.</li>
 * <li>HOLD: waits for a moderator.</li>
 * <li>PUBLISH: nothing to stop it. FLAG, REPLACE and LOOK_SOON hits do not change the decision: a
 * flagged text is published and queued for a look ({@link #flagged()}); a REPLACE rewrites
 * {@link #text()}; a weaker crisis signal asks a moderator to look soon ({@link #lookSoon()}).</li>
 * </ol>
 *
 * @param decision what happens to the text
 * @param reason the hit that decided (the strictest, a HIGH crisis before a MEDIUM one, then the
 *        earliest in the text, then the longest); null when nothing matched
 * @param hits every hit, in text order (the longer first where two start together); crisis phrases
 *        that were negated or part of an idiom are not hits
 * @param text the text to publish: the original with every REPLACE applied
 */
public record Screening(Decision decision, Hit reason, List<Hit> hits, String text) {

    public enum Decision {
        PUBLISH,
        HOLD,
        BLOCK,
        ESCALATE
    }

    /** A rule that matched, at {@code [start, end)} of the original text, which read {@code matched}. */
    public record Hit(SafetyRule rule, int start, int end, String matched) {
    }

    public Screening {
        hits = List.copyOf(hits);
    }

    /** The crisis severity when the text escalates. */
    public Optional<Severity> severity() {
        return decision == Decision.ESCALATE ? Optional.of(reason.rule().severity()) : Optional.empty();
    }

    /** A FLAG rule matched: publish, and put a flag in the moderators' queue. */
    public boolean flagged() {
        return hits.stream().anyMatch(h -> h.rule().action() == Action.FLAG);
    }

    /** A REPLACE rule matched and {@link #text()} differs from what was written. */
    public boolean rewritten() {
        return hits.stream().anyMatch(h -> h.rule().action() == Action.REPLACE);
    }

    public boolean crisis() {
        return decision == Decision.ESCALATE;
    }

    /**
     * The writer asks how to help someone else who may be in crisis ("how do I support my friend
     * who wants to die?"), and nothing in the text is the writer's own crisis: show them how to
     * help, not a crisis hold.
     */
    public boolean supportingSomeone() {
        return !crisis() && hits.stream().anyMatch(h -> h.rule().action() == Action.SUPPORT);
    }

    /**
     * The weaker crisis signal that asks a moderator to look soon, when the text does not escalate:
     * it is published (or held or refused for other reasons) and the writer is offered a check-in.
     */
    public Optional<Hit> lookSoon() {
        if (crisis()) {
            return Optional.empty();
        }
        return hits.stream().filter(h -> h.rule().action() == Action.ESCALATE
                && h.rule().severity() == Severity.LOOK_SOON).findFirst();
    }
}
