package org.peersupport.portal.account.web;

import jakarta.servlet.http.HttpSession;
import org.omnifaces.util.Faces;
import org.peersupport.portal.account.SessionStamps;

/** This session's device key and stamps, as SessionStampFilter keeps them in the session. */
final class SessionKeys {

    private SessionKeys() {}

    /** The secret key of this session's device row (null before its first signed-in request was filtered). */
    static String current() {
        HttpSession session = Faces.getSession(false);
        return session == null ? null : (String) session.getAttribute(SessionStampFilter.DEVICE_KEY);
    }

    /** After the account's stamp was raised to end the other sessions: this one signs in with the new stamps. */
    static void keepSignedIn(SessionStamps stamps) {
        Faces.getSession().setAttribute(SessionStampFilter.SIGNED_IN_STAMPS, stamps);
    }
}
