package org.peersupport.portal.curriculum.cohort;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a cohort meets, as its facilitator wrote it ("Room 2, Community Centre", a video link, or
 * both), split into the words and the one web address members can follow. Only an absolute
 * http or https address with a host counts as a link; anything else stays plain text.
 *
 * @param text the location without the link (empty when the location is only the link)
 * @param link the video link, if the location holds one
 */
public record MeetingPlace(String text, Optional<String> link) implements Serializable {

    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"]+");
    /** Punctuation a sentence puts after an address, which is not part of it. */
    private static final String TRAILING = ".,;:!?)]}»”’'";
    private static final String EMPTY_BRACKETS = "\\(\\s*\\)|\\[\\s*]|«\\s*»|“\\s*”|<\\s*>";
    private static final Pattern LEFT_OVER = Pattern.compile("^[\\s,;:·–—-]+|[\\s,;:·–—-]+$");

    public static MeetingPlace of(String location) {
        String written = location == null ? "" : location.strip();
        Matcher address = WEB_ADDRESS.matcher(written);
        while (address.find()) {
            String candidate = trimmed(address.group());
            Optional<String> link = webLink(candidate);
            if (link.isPresent()) {
                // The words without the address, the full stop after it, or brackets left empty around it.
                String after = written.substring(address.start() + candidate.length()).replaceFirst("^[.,;:!?]+", "");
                String rest = (written.substring(0, address.start()) + " " + after).replaceAll(EMPTY_BRACKETS, " ")
                        .replaceAll("\\s{2,}", " ").replaceAll("\\s+([,;:.])", "$1");
                return new MeetingPlace(LEFT_OVER.matcher(rest.strip()).replaceAll(""), link);
            }
        }
        return new MeetingPlace(written, Optional.empty());
    }

    public boolean hasLink() {
        return link.isPresent();
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    private static String trimmed(String address) {
        String trimmed = address;
        while (!trimmed.isEmpty() && TRAILING.indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static Optional<String> webLink(String candidate) {
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getRawUserInfo() == null;
            return web ? Optional.of(uri.toASCIIString()) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
