package org.peersupport.portal.account;

import java.time.Instant;

/** A member asked for erasure; it happens at {@code dueAt} unless cancelled. */
public record ErasureRequested(long accountId, Instant dueAt) {}
