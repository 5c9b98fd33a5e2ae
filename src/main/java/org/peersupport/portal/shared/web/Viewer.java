package org.peersupport.portal.shared.web;

/**
 * Who is looking at this page, as any feature's page needs it: the account id, the name to greet,
 * and the zone and language to show things in. The account feature provides it; the getters of a
 * visitor's viewer throw, so ask {@link #isSignedIn()} first where visitors may come.
 */
public interface Viewer {

    boolean isSignedIn();

    long getId();

    String getDisplayName();

    java.time.ZoneId getTimeZone();

    java.util.Locale getLanguage();
}
