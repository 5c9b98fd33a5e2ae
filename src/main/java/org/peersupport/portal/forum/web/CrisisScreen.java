package org.peersupport.portal.forum.web;

import java.io.IOException;
import org.omnifaces.util.Faces;
import org.peersupport.portal.forum.PostOutcome;

/**
 * Where a writer goes when their post was held for crisis language: the crisis page in its held
 * mode, which thanks them, says a person will reach out, and shows help for their country. A
 * look-soon post instead brings a gentle check-in on the topic page it redirects to, and a question
 * about helping someone else a note on how to help them.
 */
final class CrisisScreen {

    private static final String CHECK_IN = "portal.lookSoonCheckIn";
    private static final String HELPER_NOTE = "portal.helperNote";

    private CrisisScreen() {}

    /** Before a redirect: the next page shows the check-in when the post asked a moderator to look soon. */
    static void offerCheckInAfterRedirect(PostOutcome outcome) {
        if (outcome.lookSoon()) {
            Faces.setFlashAttribute(CHECK_IN, Boolean.TRUE);
        }
        if (outcome.supportingSomeone()) {
            Faces.setFlashAttribute(HELPER_NOTE, Boolean.TRUE);
        }
    }

    /** Whether the page before the redirect asked for the note on helping someone else. */
    static boolean helperNoteAsked() {
        return Boolean.TRUE.equals(Faces.getFlashAttribute(HELPER_NOTE));
    }

    /** Whether the page before the redirect asked for the check-in. */
    static boolean checkInAsked() {
        return Boolean.TRUE.equals(Faces.getFlashAttribute(CHECK_IN));
    }

    static void show(PostOutcome outcome) throws IOException {
        Faces.redirect(Faces.getRequestContextPath() + "/crisis.xhtml?held=" + outcome.topicId() + "&post=" + outcome.postId());
    }
}
