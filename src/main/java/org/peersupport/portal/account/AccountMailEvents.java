package org.peersupport.portal.account;

/**
 * What account settings ask to be mailed; notification observes these inside the transaction that
 * made the change, so the mail is in the outbox exactly when the change is stored.
 */
public final class AccountMailEvents {

    private AccountMailEvents() {}

    /** The confirmation link, to the new address only; the token is in the link and nowhere stored. */
    public record EmailConfirmationAsked(long accountId, String newEmail, String token) {}

    /** Someone asked to move their account to this owner's address: the owner is told, the asker learns nothing. */
    public record EmailAddressClaimed(long ownerId) {}

    /** The change is done: the former address is told, in case it was not the member. */
    public record EmailChanged(long accountId, String formerEmail) {}
}
