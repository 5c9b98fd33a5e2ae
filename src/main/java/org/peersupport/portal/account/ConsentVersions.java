package org.peersupport.portal.account;

/**
 * The versions of the community guidelines and privacy notice a person accepts at registration.
 * Raising a version here is how a changed text is rolled out; the accepted version and time are
 * kept on the account.
 */
public record ConsentVersions(String guidelines, String privacy) {
    public static final ConsentVersions CURRENT = new ConsentVersions("2026-11", "2026-11");
}
