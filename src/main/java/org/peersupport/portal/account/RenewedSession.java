package org.peersupport.portal.account;

import jakarta.security.enterprise.credential.Credential;

/**
 * A signed-in session asking for the roles its account holds now (they changed since it signed
 * in). Made only by SessionStampFilter for the session's own caller, never from a request's data.
 */
public record RenewedSession(long accountId) implements Credential {}
