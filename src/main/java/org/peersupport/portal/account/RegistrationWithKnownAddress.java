package org.peersupport.portal.account;

/** Someone tried to register with the address of an existing account: its owner is told by e-mail. */
public record RegistrationWithKnownAddress(long accountId) {}
