package org.peersupport.portal.notification;

/** Where a member wants a kind of notice: in the portal only, also by e-mail, or not at all. */
public enum Channel {
    IN_APP,
    EMAIL,
    OFF;

    public boolean inApp() {
        return this != OFF;
    }

    public boolean email() {
        return this == EMAIL;
    }
}
