package org.peersupport.portal.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * A list of common and breached passwords, matched case-insensitively. Kept as a sorted array of
 * 64-bit hashes (8 bytes an entry instead of a String each); a chance collision among 50,000
 * entries is about 1 in 10^10, and would only refuse one more password.
 */
public final class CommonPasswords {

    /** The list shipped in the WAR (see README, "Password rules"). */
    static final String SHIPPED = "/account/common-passwords.txt.gz";

    private final long[] sortedHashes;

    private CommonPasswords(long[] sortedHashes) {
        this.sortedHashes = sortedHashes;
    }

    /** The shipped list, read once per application on first use. */
    public static CommonPasswords shipped() {
        return Shipped.LIST;
    }

    private static final class Shipped {
        static final CommonPasswords LIST = load(CommonPasswords.class.getResourceAsStream(SHIPPED));
    }

    /** Reads a gzipped UTF-8 list, one password a line. */
    static CommonPasswords load(InputStream gzipped) {
        if (gzipped == null) {
            throw new IllegalStateException("The common-password list " + SHIPPED + " is missing");
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8))) {
            return of(lines.lines().filter(line -> !line.isBlank()).toArray(String[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CommonPasswords of(String... passwords) {
        long[] hashes = Arrays.stream(passwords).mapToLong(CommonPasswords::hash).sorted().distinct().toArray();
        return new CommonPasswords(hashes);
    }

    /** {@code normalised}: as {@link PasswordRules} compares it (NFKC); case does not matter. */
    public boolean contains(String normalised) {
        return Arrays.binarySearch(sortedHashes, hash(normalised)) >= 0;
    }

    public int size() {
        return sortedHashes.length;
    }

    /** FNV-1a over the lower-cased UTF-16 text, then mixed (SplitMix64 finaliser) to spread short inputs. */
    private static long hash(String password) {
        String key = password.toLowerCase(Locale.ROOT);
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        return h ^ h >>> 31;
    }
}
