package org.peersupport.portal.milestone;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The code printed on a certificate: 19 random characters of Crockford's base 32 (95 bits, far
 * beyond guessing) and a Luhn mod 32 check character, so that a mistyped or cut-off code is told
 * apart from one that was never issued without asking the database. Shown in groups of four.
 */
public final class VerificationCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Why a typed code cannot be looked up. */
    public enum Problem {
        EMPTY,
        TOO_SHORT,
        TOO_LONG,
        NOT_A_CODE,
        MISTYPED
    }

    /** Either a code to look up or the problem with what was typed. */
    public record Reading(String code, Problem problem) {

        public boolean isCode() {
            return code != null;
        }
    }

    private VerificationCode() {}

    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH - 1; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.append(checkCharacter(code)).toString();
    }

    /**
     * Reads a code as a person may type it: any case, with spaces or dashes, O for zero and I or L for one.
     */
    public static Reading read(String typed) {
        if (typed == null || typed.isBlank()) {
            return new Reading(null, Problem.EMPTY);
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.strip().toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ' || c == '\u00a0') {
                continue;
            }
            char normal = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(normal) < 0) {
                return new Reading(null, Problem.NOT_A_CODE);
            }
            code.append(normal);
        }
        if (code.length() < LENGTH) {
            return new Reading(null, code.isEmpty() ? Problem.EMPTY : Problem.TOO_SHORT);
        }
        if (code.length() > LENGTH) {
            return new Reading(null, Problem.TOO_LONG);
        }
        if (checkCharacter(code.subSequence(0, LENGTH - 1)) != code.charAt(LENGTH - 1)) {
            return new Reading(null, Problem.MISTYPED);
        }
        return new Reading(code.toString(), null);
    }

    /** The code in groups of four, as printed: "7K2M-…". */
    public static String grouped(String code) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < code.length(); i += 4) {
            if (i > 0) {
                shown.append('-');
            }
            shown.append(code, i, Math.min(code.length(), i + 4));
        }
        return shown.toString();
    }

    /** Luhn mod N (N = 32): catches every single wrong character and most swaps of neighbours. */
    static char checkCharacter(CharSequence body) {
        int n = ALPHABET.length();
        int factor = 2;
        int sum = 0;
        for (int i = body.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(body.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / n + addend % n;
        }
        return ALPHABET.charAt((n - sum % n) % n);
    }
}
