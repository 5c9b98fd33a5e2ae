package org.peersupport.portal.testsupport;

import jakarta.enterprise.inject.spi.CDI;
import java.time.ZoneId;
import java.util.UUID;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.Registration;
import org.peersupport.portal.account.Role;
import org.peersupport.portal.forum.Reader;

/** Made-up people for service tests, unique per call so tests never share data. */
public final class TestPeople {

    private TestPeople() {}

    public static Registration newRegistration() {
        return newRegistration("America/Mexico_City", "es");
    }

    public static Registration newRegistration(String zone, String language) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Registration registration = new Registration();
        registration.setEmail("person-" + unique + "@example.org");
        registration.setPassword("a long enough passphrase " + unique);
        registration.setDisplayName("Person " + unique);
        registration.setTimeZone(ZoneId.of(zone));
        registration.setLanguage(language);
        registration.setGuidelinesAccepted(true);
        registration.setPrivacyAccepted(true);
        return registration;
    }

    /** A new facilitator in London, granted the role by a new admin as the roles page would. */
    public static Account newFacilitator(AccountService accounts) {
        Account admin = accounts.register(newRegistration("Europe/London", "en"));
        accounts.grantAdminAtStartup(admin.getEmail());
        Account facilitator = accounts.register(newRegistration("Europe/London", "en"));
        accounts.grantRole(admin.getId(), facilitator.getId(), Role.FACILITATOR);
        return accounts.getAccount(facilitator.getId());
    }

    /** A new member at trust level 1, so that their posts are not held as a newcomer's. */
    public static Reader trustedMember(AccountService accounts, String zone, String language) {
        Account account = accounts.register(newRegistration(zone, language));
        trustLevel(account.getId(), 1);
        return Reader.member(account.getId());
    }

    /** Gives a member a trust level, as time on the forum would (through {@link TrustLevels}, which every deployment carries). */
    public static void trustLevel(long accountId, int level) {
        CDI.current().select(TrustLevels.class).get().set(accountId, level);
    }
}
