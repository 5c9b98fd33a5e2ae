package org.peersupport.portal.safety;

import java.util.ArrayList;
import java.util.List;

/**
 * The built-in detectors a watched-words entry names with {@code detect:}. They look at the raw
 * text, because a phone number or an address is not made of words. Each returns the spans
 * {@code [start, end)} it found.
 */
enum ContactDetector {

    /**
     * Nine to fifteen digits in a row, written with spaces, dashes, dots, slashes or brackets between
     * groups (at most two such characters at a time) and an optional leading "+": "+34 612 345 678",
     * "(555) 123-4567". Shorter numbers (ages, years, "call 988", "024") are left alone.
     */
    PHONE_NUMBER("phone-number") {
        @Override
        List<int[]> find(String text) {
            List<int[]> found = new ArrayList<>();
            int n = text.length();
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                boolean opens = Character.isDigit(c) || c == '+' && i + 1 < n && Character.isDigit(text.charAt(i + 1));
                if (!opens || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                    i++;
                    continue;
                }
                int digits = 0;
                int separators = 0;
                int lastDigit = i;
                int j = c == '+' ? i + 1 : i;
                while (j < n) {
                    char d = text.charAt(j);
                    if (Character.isDigit(d)) {
                        digits++;
                        separators = 0;
                        lastDigit = j;
                    } else if (" -./()\u00A0".indexOf(d) >= 0 && ++separators <= 2) {
                        // a separator between digit groups
                    } else {
                        break;
                    }
                    j++;
                }
                boolean letterAfter = lastDigit + 1 < n && Character.isLetter(text.charAt(lastDigit + 1));
                if (digits >= 9 && digits <= 15 && !letterAfter) {
                    found.add(new int[] {i, lastDigit + 1});
                }
                i = Math.max(lastDigit + 1, i + 1);
            }
            return found;
        }
    },

    /** "name@example.org": a local part, "@", and a domain with a dot and a top-level part of 2+ letters. */
    EMAIL_ADDRESS("email-address") {
        @Override
        List<int[]> find(String text) {
            List<int[]> found = new ArrayList<>();
            int at = text.indexOf('@');
            while (at >= 0) {
                int start = at;
                while (start > 0 && isLocal(text.charAt(start - 1))) {
                    start--;
                }
                int end = at + 1;
                int lastDot = -1;
                while (end < text.length() && isDomain(text.charAt(end))) {
                    if (text.charAt(end) == '.') {
                        lastDot = end;
                    }
                    end++;
                }
                while (end > at + 1 && text.charAt(end - 1) == '.') {
                    end--; // a full stop after the address
                }
                if (lastDot >= end) {
                    lastDot = text.lastIndexOf('.', end - 1);
                }
                if (start < at && lastDot > at + 1 && end - lastDot > 2) {
                    found.add(new int[] {start, end});
                }
                at = text.indexOf('@', at + 1);
            }
            return found;
        }
    };

    private final String policyName;

    ContactDetector(String policyName) {
        this.policyName = policyName;
    }

    /** The name used after {@code detect:} in watched-words.yaml. */
    String policyName() {
        return policyName;
    }

    abstract List<int[]> find(String text);

    static ContactDetector named(String name) {
        for (ContactDetector detector : values()) {
            if (detector.policyName.equals(name)) {
                return detector;
            }
        }
        return null;
    }

    private static boolean isLocal(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || "._%+-".indexOf(c) >= 0);
    }

    private static boolean isDomain(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-');
    }
}
