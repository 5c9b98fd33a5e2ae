package org.peersupport.portal.moderation;

import java.util.List;

/**
 * What the screening made of a text: the text (and title) as it is to be stored, rewritten by the
 * content rules, and the verdict. The one result every kind of text gets; each feature tells its
 * writer from it (a forum refusal, a chat message held...).
 */
public record ScreeningResult(String title, String text, Verdict verdict) {

    /** Not to be stored: the writer is told why ({@link #reasonKey()}, {@link #arguments()}) and keeps their text. */
    public boolean refused() {
        return verdict.outcome() == Verdict.Outcome.BLOCK;
    }

    /** Stored, but nobody but staff reads it until a moderator decides (crisis language included). */
    public boolean held() {
        return verdict.outcome() == Verdict.Outcome.HOLD || crisis();
    }

    /** Held for crisis language: the writer is shown help, and staff are alerted. */
    public boolean crisis() {
        return verdict.outcome() == Verdict.Outcome.ESCALATE;
    }

    /** A moderator is asked to look soon, whatever happens to the text; the writer is offered a check-in. */
    public boolean lookSoon() {
        return verdict.lookSoon() != null;
    }

    /** The writer asks how to help someone else in crisis: they are shown how. */
    public boolean supportingSomeone() {
        return verdict.supportingSomeone();
    }

    /** Why it was refused or held (a message key). */
    public String reasonKey() {
        return verdict.reasonKey();
    }

    public List<Object> arguments() {
        return verdict.arguments();
    }

    /** A watched word asks a moderator to look at the text, which stays readable. */
    public String flagReasonKey() {
        return verdict.flagReasonKey();
    }
}
