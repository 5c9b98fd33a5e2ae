package org.peersupport.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import org.peersupport.portal.shared.demo.DemoDataRequested;

/** Demo people, one for each role. Their sign-ins are also listed in README.md. */
@ApplicationScoped
public class DemoAccounts {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private Clock clock;

    @Transactional
    void load(@Observes DemoDataRequested request) {
        add(request, "member@demo.test", "member-demo-pass", "Quiet Harbor", "Europe/London", "en");
        add(request, "miembro@demo.test", "miembro-demo-pass", "Río Sereno", "Europe/Madrid", "es");
        add(request, "mentor@demo.test", "mentor-demo-pass", "Steady Lantern", "America/New_York", "en",
                Role.MENTOR);
        add(request, "facilitator@demo.test", "facilitator-demo-pass", "Morning Circle", "Europe/London", "en",
                Role.FACILITATOR);
        add(request, "moderator@demo.test", "moderator-demo-pass", "Calm Keeper", "Europe/Berlin", "en",
                Role.MODERATOR);
        add(request, "admin@demo.test", "admin-demo-pass", "Portal Admin", "Europe/London", "en", Role.ADMIN);
    }

    private void add(DemoDataRequested request, String email, String password, String displayName, String zone,
            String language, Role... extraRoles) {
        Account account = new Account(email, passwords.hash(password), displayName, ZoneId.of(zone),
                Locale.forLanguageTag(language), ConsentVersions.CURRENT, clock.instant());
        for (Role role : extraRoles) {
            account.grant(role);
        }
        em.persist(account);
        request.addSignIn(String.format("%-24s %-22s %s", email, password, account.getRoles()));
    }
}
