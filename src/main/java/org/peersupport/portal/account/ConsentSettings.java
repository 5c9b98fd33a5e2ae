package org.peersupport.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The versions in force, from MicroProfile Config ({@code portal.consent.guidelines-version},
 * {@code portal.consent.privacy-version}; defaults in microprofile-config.properties). Read on each
 * call, so a raised version (an environment variable and a restart, or a test's system property)
 * is asked for from the next request on.
 */
@ApplicationScoped
@Named // the text pages show the version in force
public class ConsentSettings {

    static final String GUIDELINES_KEY = "portal.consent.guidelines-version";
    static final String PRIVACY_KEY = "portal.consent.privacy-version";

    public ConsentVersions current() {
        Config config = ConfigProvider.getConfig();
        return new ConsentVersions(
                config.getOptionalValue(GUIDELINES_KEY, String.class).orElse(ConsentVersions.CURRENT.guidelines()),
                config.getOptionalValue(PRIVACY_KEY, String.class).orElse(ConsentVersions.CURRENT.privacy()));
    }
}
