package org.peersupport.portal.account;

import java.time.ZoneId;
import java.util.Locale;

/**
 * Fired once an account is erased, in the same transaction, with the address it had: the last
 * e-mail ("your account is erased") can go nowhere else.
 */
public record AccountErased(long accountId, String formerEmail, Locale language, ZoneId timeZone) {}
