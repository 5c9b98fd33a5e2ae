package org.peersupport.portal.moderation;

/**
 * What a content rule saw when it judged a text to be crisis language: how severe, which rule (as
 * moderators read it, "crisis-language.yaml: kill myself"), and the start of the text, so that the
 * alert can be read where the text itself is not (a chat, a profile).
 */
public record CrisisSignal(CrisisSeverity severity, String rule, String excerpt) {

    public static final int EXCERPT_MAX = 1000;

    public CrisisSignal {
        excerpt = excerpt.length() > EXCERPT_MAX ? excerpt.substring(0, EXCERPT_MAX - 1) + "…" : excerpt;
    }
}
