package org.peersupport.portal.forum.web;

import jakarta.faces.component.UIComponent;
import org.omnifaces.util.Messages;
import org.peersupport.portal.forum.PostRefusedException;
import org.peersupport.portal.shared.web.Bundle;

/**
 * Shows a message next to the input it concerns, in the reader's language. The page binds the input
 * ({@code binding="#{replyBody}"}) and passes it to the action, so no client id is written in Java.
 */
final class Refusals {

    private Refusals() {}

    static void show(UIComponent input, PostRefusedException refused) {
        show(input, refused.getReasonKey(), refused.getArguments().toArray());
    }

    static void show(UIComponent input, String key, Object... arguments) {
        Messages.addError(input.getClientId(), Bundle.text(key, arguments));
    }
}
