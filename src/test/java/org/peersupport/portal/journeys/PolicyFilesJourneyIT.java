package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.TestServers;

/** An admin looks at the policy files in force and reloads them; the reload is in the audit log. */
@ExtendWith(BrowserExtension.class)
class PolicyFilesJourneyIT {

    @Test
    void anAdminReloadsThePolicyFilesAndIsToldWhatChanged(Browser browser) {
        Screens.signInAs(browser, "admin@demo.test", "demo-pass-portal");
        Screens.Policies.openFromNavigation(browser);

        assertThat(Screens.heading(browser)).isEqualTo("Moderation policy files");
        assertThat(Screens.Policies.source(browser))
                .isEqualTo("Packaged in the application; set PORTAL_POLICY_DIR to change them without redeploying.");
        assertThat(Screens.Policies.fileNames(browser))
                .containsExactly("crisis-concepts.yaml", "crisis-language.yaml", "crisis-prototypes.yaml", "crisis-resources.yaml",
                        "crisis-response.yaml", "trust-levels.yaml", "watched-words.yaml");
        assertThat(Screens.Policies.describe(browser, "watched-words.yaml")).contains("phrases that block a post");
        assertThat(Screens.Policies.describe(browser, "crisis-language.yaml")).contains("HIGH crisis phrases");
        assertThat(Screens.Policies.describe(browser, "crisis-concepts.yaml"))
                .containsPattern("\\d+ concept terms").containsPattern("\\d+ signals \\(concept combinations\\)");
        assertThat(Screens.Policies.describe(browser, "crisis-prototypes.yaml"))
                .containsPattern("\\d+ crisis prototype sentences").containsPattern("\\d+ contrast sentences");
        String fingerprint = Screens.Policies.fingerprint(browser, "watched-words.yaml");
        assertThat(fingerprint).matches("[0-9a-f]{12}");

        Screens.Policies.reload(browser);

        assertThat(Screens.globalMessages(browser)).isEqualTo("Policy files reloaded. No file had changed (the fingerprints "
                + "are the same), so the rules are as they were.");
        assertThat(Screens.Policies.fingerprint(browser, "watched-words.yaml")).isEqualTo(fingerprint);
        assertThat(Screens.Policies.anyFileRefused(browser)).isFalse();
        browser.screenshot("policies-reloaded-en");
        Screens.Policies.scrollTo(browser, "crisis-prototypes.yaml");
        browser.screenshot("policies-prototypes-en");
        try (Browser phone = Browser.open(TestServers.portal().baseUrl(), "en", "390,844")) {
            Screens.signInAs(phone, "admin@demo.test", "demo-pass-portal");
            Screens.Policies.open(phone);
            Screens.Policies.scrollTo(phone, "crisis-prototypes.yaml");
            phone.screenshot("policies-prototypes-390-en");
        }

        AuditScreen audit = new AuditScreen(browser);
        audit.open();
        assertThat(audit.newestEntry())
                .contains("Portal Admin", "Reloaded the policy files", "Policy files", "No file changed");
    }
}
