package org.peersupport.portal.notification;

/** A member's unread notices changed (one written, some read, all erased): their bell counts again. */
record UnreadChanged(long recipientId) {}
