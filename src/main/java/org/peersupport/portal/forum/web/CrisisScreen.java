package org.peersupport.portal.forum.web;

import java.io.IOException;
import org.omnifaces.util.Faces;
import org.peersupport.portal.forum.ForumService;

/**
 * Where a writer goes when their post was held for crisis language: the crisis page in its held
 * mode, which thanks them, says a person will reach out, and shows help for their country.
 */
final class CrisisScreen {

    private CrisisScreen() {}

    static void show(ForumService.PostOutcome outcome) throws IOException {
        Faces.redirect(Faces.getRequestContextPath() + "/crisis.xhtml?held=" + outcome.topicId() + "&post=" + outcome.postId());
    }
}
