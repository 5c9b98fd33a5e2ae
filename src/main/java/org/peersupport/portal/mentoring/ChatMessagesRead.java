package org.peersupport.portal.mentoring;

/** One side read up to a message: the other side's "seen" and the reader's other devices follow. */
public record ChatMessagesRead(long mentorshipId, long readerId, long otherId, long lastReadId) {
}
