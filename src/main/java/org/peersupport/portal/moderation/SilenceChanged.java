package org.peersupport.portal.moderation;

/** A member's silence was given or changed; fired inside the transaction that changed it. */
record SilenceChanged(long accountId) {}
