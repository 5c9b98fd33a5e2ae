package org.peersupport.portal.account;

/** The texts a member accepts to take part; each is versioned (see {@link ConsentVersions}). */
public enum ConsentDocument {
    GUIDELINES,
    PRIVACY
}
