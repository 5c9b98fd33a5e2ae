package org.peersupport.portal.safety;

/**
 * One line of a policy file, as a screening reports it: which file, the phrase as written there (or
 * {@code detect: phone-number} for a built-in detector), what it does, and for crisis language how
 * severe it is.
 */
public record SafetyRule(String file, String phrase, String language, Action action, Severity severity,
        String replacement) {

    public enum Action {
        /** Crisis language: held, the writer is shown crisis resources, on-duty moderators are alerted. */
        ESCALATE,
        BLOCK,
        HOLD,
        /** Published, and a flag is raised for the moderators' queue. */
        FLAG,
        /** Published with the phrase replaced. */
        REPLACE,
        /**
         * Published: the writer asks how to help someone else in crisis, and is shown how to
         * support them and where to send them, instead of a crisis hold.
         */
        SUPPORT
    }

    /**
     * How urgent crisis language is. HIGH and MEDIUM hold the text and alert moderators, HIGH
     * answered first. LOOK_SOON is a weaker signal: the text is published, a moderator is asked to
     * look within the alert deadlines, and the writer is offered a gentle check-in.
     */
    public enum Severity {
        HIGH,
        MEDIUM,
        LOOK_SOON
    }

    /** "crisis-language.yaml: kill myself" — how moderators and logs name a rule. */
    public String describe() {
        return file + ": " + phrase;
    }
}
