package org.peersupport.portal.milestone.badge;

/** Whether an issued credential still stands. Why one was revoked stays private. */
public enum CredentialStanding {
    ACTIVE,
    REVOKED
}
