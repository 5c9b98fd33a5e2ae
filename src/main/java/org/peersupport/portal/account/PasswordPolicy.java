package org.peersupport.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which passwords a person may choose, as NIST SP 800-63B asks: 12 to 128 characters of any kind
 * (counted as Unicode code points after NFKC, so an emoji or an accented letter is one), and not
 * one that is easy to guess: on the common-password list, one character or a short unit repeated,
 * a run along the alphabet, the digits or a keyboard row, or containing the person's e-mail
 * address, its local part or their display name. No rules about character classes (NIST advises
 * against them). Registration, password reset and the settings page use this one policy, through
 * {@link AcceptablePassword} on a form object or the {@code acceptablePassword} Faces validator.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = Registration.PASSWORD_MIN;
    public static final int MAX_LENGTH = Registration.PASSWORD_MAX;
    /** A shorter local part or display name ("ann", "bo") is too common a fragment to refuse on. */
    static final int MIN_PERSONAL_FRAGMENT = 4;

    /** Runs people type instead of choosing; a password that is part of one (either way) is refused. */
    private static final List<String> SEQUENCES = List.of(
            "abcdefghijklmnopqrstuvwxyz",
            "01234567890123456789",
            "1234567890qwertyuiopasdfghjklzxcvbnm",
            "qwertzuiopasdfghjklyxcvbnm",
            "azertyuiopqsdfghjklmwxcvbn",
            "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
            "qazwsxedcrfvtgbyhnujmikolp");

    private final CommonPasswords common;

    /** The policy with the list shipped in the WAR. */
    public PasswordPolicy() {
        this(CommonPasswords.shipped());
    }

    PasswordPolicy(CommonPasswords common) {
        this.common = common;
    }

    /** The policy with the shipped list, for code outside CDI (Bean Validation in unit tests). */
    public static PasswordPolicy standard() {
        return Standard.POLICY;
    }

    private static final class Standard {
        static final PasswordPolicy POLICY = new PasswordPolicy();
    }

    /**
     * The first reason to refuse this password, or empty if it is acceptable. {@code email} and
     * {@code displayName} may be null when not known (then they are not checked).
     */
    public Optional<PasswordProblem> problemWith(String password, String email, String displayName) {
        if (password == null) {
            return Optional.of(PasswordProblem.TOO_SHORT);
        }
        String normalised = Normalizer.normalize(password, Normalizer.Form.NFKC);
        int length = normalised.codePointCount(0, normalised.length());
        if (length < MIN_LENGTH) {
            return Optional.of(PasswordProblem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(PasswordProblem.TOO_LONG);
        }
        String squashed = squash(normalised);
        if (containsEmail(squashed, email)) {
            return Optional.of(PasswordProblem.CONTAINS_EMAIL);
        }
        if (containsFragment(squashed, displayName == null ? null : squash(displayName))) {
            return Optional.of(PasswordProblem.CONTAINS_DISPLAY_NAME);
        }
        if (isRepetition(squashed)) {
            return Optional.of(PasswordProblem.REPEATS);
        }
        if (isSequence(squashed)) {
            return Optional.of(PasswordProblem.SEQUENCE);
        }
        if (common.contains(normalised) || common.contains(squashed)) {
            return Optional.of(PasswordProblem.COMMON);
        }
        return Optional.empty();
    }

    public boolean isAcceptable(String password, String email, String displayName) {
        return problemWith(password, email, displayName).isEmpty();
    }

    /** Lower case without white space, so "Password 1234" meets "password1234". */
    private static String squash(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    private static boolean containsEmail(String squashed, String email) {
        if (email == null || email.isBlank()) {
            return false;
        }
        String address = squash(email);
        int at = address.lastIndexOf('@');
        return squashed.contains(address) || at > 0 && containsFragment(squashed, address.substring(0, at));
    }

    private static boolean containsFragment(String squashed, String fragment) {
        return fragment != null && fragment.codePointCount(0, fragment.length()) >= MIN_PERSONAL_FRAGMENT
                && squashed.contains(fragment);
    }

    /** One character or a unit of at most half the length, repeated (a last copy may be cut short). */
    static boolean isRepetition(String text) {
        int[] points = text.codePoints().toArray();
        for (int period = 1; period <= points.length / 2; period++) {
            if (hasPeriod(points, period)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPeriod(int[] points, int period) {
        for (int i = period; i < points.length; i++) {
            if (points[i] != points[i - period]) {
                return false;
            }
        }
        return true;
    }

    static boolean isSequence(String text) {
        String reversed = new StringBuilder(text).reverse().toString();
        return SEQUENCES.stream().anyMatch(run -> run.contains(text) || run.contains(reversed));
    }
}
