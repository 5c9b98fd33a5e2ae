package org.peersupport.portal.forum;

/**
 * Who is reading or writing: a signed-in member, and whether they are staff (moderator or admin),
 * who may see every group and every held or hidden post. The web layer builds it from the
 * authenticated caller's roles.
 */
public record Reader(long accountId, boolean staff) {

    public static Reader member(long accountId) {
        return new Reader(accountId, false);
    }

    public static Reader staff(long accountId) {
        return new Reader(accountId, true);
    }
}
