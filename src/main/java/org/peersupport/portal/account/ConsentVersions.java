package org.peersupport.portal.account;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Versions of the community guidelines and the privacy notice: the ones in force (from
 * {@link ConsentSettings}) or the ones an account last accepted. Raising the version in force is
 * how a changed text is rolled out: members who accepted an older one are asked again.
 */
public record ConsentVersions(String guidelines, String privacy) {

    /** The versions shipped as defaults (microprofile-config.properties sets the same). */
    public static final ConsentVersions CURRENT = new ConsentVersions("2026-11", "2026-11");

    public ConsentVersions {
        Objects.requireNonNull(guidelines, "guidelines");
        Objects.requireNonNull(privacy, "privacy");
    }

    public String of(ConsentDocument document) {
        return document == ConsentDocument.GUIDELINES ? guidelines : privacy;
    }

    /** The documents whose version in {@code current} differs from the one accepted here. */
    public Set<ConsentDocument> outdatedBy(ConsentVersions current) {
        Set<ConsentDocument> outdated = EnumSet.noneOf(ConsentDocument.class);
        for (ConsentDocument document : ConsentDocument.values()) {
            if (!of(document).equals(current.of(document))) {
                outdated.add(document);
            }
        }
        return outdated;
    }
}
