package org.peersupport.portal.moderation;

/**
 * A rule about what a post says (the seam for the policy files of the Member safety issue). Every
 * CDI bean implementing it is asked for every new or edited post and topic; the strictest verdict
 * wins. Rules must not write: the check runs inside the writer's transaction.
 */
public interface ContentRule {

    Verdict judge(PostCandidate candidate);

    /** The text as it should be published (safe-messaging replacements); unchanged by default. */
    default String rewrite(String text) {
        return text;
    }
}
