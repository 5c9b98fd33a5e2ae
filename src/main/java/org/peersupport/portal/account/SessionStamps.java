package org.peersupport.portal.account;

import java.io.Serializable;

/**
 * An account's two stamps (see V13_3): a session remembers the pair it signed in with, and a
 * request compares them with the account's pair of now.
 */
public record SessionStamps(long security, long roles) implements Serializable {

    /** A suspension, a new password or an erasure since: the session must end. */
    public boolean endedBy(SessionStamps now) {
        return now.security != security;
    }

    /** Roles granted or removed since: the session must take the roles of now. */
    public boolean rolesChangedBy(SessionStamps now) {
        return now.roles != roles;
    }
}
