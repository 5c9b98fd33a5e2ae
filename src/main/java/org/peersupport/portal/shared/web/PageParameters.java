package org.peersupport.portal.shared.web;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What a page parameter may say: an id is a positive whole number that fits a database id, a page
 * number is from 1 to {@link #MAX_PAGE}. Anything else names nothing, and the page answers 404
 * (see {@link ViewParameterGuard}).
 */
public final class PageParameters {

    /** Far beyond any real list, small enough that (page - 1) × page size never overflows an int. */
    public static final int MAX_PAGE = 100_000;

    private static final int MAX_ID_DIGITS = 19;

    private PageParameters() {}

    /** A positive id written in plain digits ("42"), or empty for anything else ("-1", "0", "1e3", "+7", "abc", too large). */
    public static OptionalLong id(String value) {
        if (!plainDigits(value, MAX_ID_DIGITS)) {
            return OptionalLong.empty();
        }
        try {
            long id = Long.parseLong(value);
            return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
        } catch (NumberFormatException tooLarge) {
            return OptionalLong.empty();
        }
    }

    /** A page number from 1 to {@link #MAX_PAGE}, or empty for anything else. */
    public static OptionalInt page(String value) {
        if (!plainDigits(value, String.valueOf(MAX_PAGE).length())) {
            return OptionalInt.empty();
        }
        int page = Integer.parseInt(value);
        return page >= 1 && page <= MAX_PAGE ? OptionalInt.of(page) : OptionalInt.empty();
    }

    private static boolean plainDigits(String value, int maxDigits) {
        if (value == null || value.isEmpty() || value.length() > maxDigits) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
