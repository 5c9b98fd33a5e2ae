package org.peersupport.portal.forum.web;

import org.omnifaces.util.Messages;
import org.peersupport.portal.forum.PostRefusedException;
import org.peersupport.portal.shared.web.Bundle;

/** Shows why a post was refused, next to the field it concerns, in the reader's language. */
final class Refusals {

    private Refusals() {}

    static void show(String clientId, PostRefusedException refused) {
        Messages.addError(clientId, Bundle.text(refused.getReasonKey(), refused.getArguments().toArray()));
    }
}
