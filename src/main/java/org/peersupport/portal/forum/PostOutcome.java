package org.peersupport.portal.forum;

/**
 * Where a new post ended up: published, or waiting for a moderator (and whether for crisis
 * language); {@code lookSoon}: a moderator was asked to look soon, and the writer is offered a check-in;
 * {@code supportingSomeone}: the writer asks how to help someone else in crisis, and is shown how.
 */
public record PostOutcome(long topicId, long postId, boolean published, boolean crisis, boolean lookSoon,
        boolean supportingSomeone) {}
