package org.peersupport.portal.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.EnumSet;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.Registration;
import org.peersupport.portal.account.Role;

/**
 * Demo people, one for each role. Their sign-ins are also listed in README.md. They register as
 * anyone does; their staff roles are written straight in, since nobody is admin yet to grant them
 * and a grant would notify and audit as if a person had made it.
 */
@ApplicationScoped
public class DemoAccounts {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Transactional
    void load(@Observes DemoDataRequested request) {
        add(request, "member@demo.test", "demo-pass-harbor", "Quiet Harbor", "Europe/London", "en");
        add(request, "miembro@demo.test", "demo-pass-sereno", "Río Sereno", "Europe/Madrid", "es");
        add(request, "mentor@demo.test", "demo-pass-lantern", "Steady Lantern", "America/New_York", "en",
                Role.MENTOR);
        add(request, "facilitator@demo.test", "demo-pass-circle", "Morning Circle", "Europe/London", "en",
                Role.FACILITATOR);
        add(request, "moderator@demo.test", "demo-pass-keeper", "Calm Keeper", "Europe/Berlin", "en",
                Role.MODERATOR);
        add(request, "admin@demo.test", "demo-pass-portal", "Portal Admin", "Europe/London", "en", Role.ADMIN);
    }

    private void add(DemoDataRequested request, String email, String password, String displayName, String zone,
            String language, Role... extraRoles) {
        Registration registration = new Registration();
        registration.setEmail(email);
        registration.setPassword(password);
        registration.setDisplayName(displayName);
        registration.setTimeZone(ZoneId.of(zone));
        registration.setLanguage(language);
        registration.setGuidelinesAccepted(true);
        registration.setPrivacyAccepted(true);
        Account account = accounts.register(registration, DemoPasswords.hashOf(password));
        for (Role role : extraRoles) {
            em.createNativeQuery("INSERT INTO account_role (account_id, role) VALUES (?1, ?2)")
                    .setParameter(1, account.getId()).setParameter(2, role.name()).executeUpdate();
            // As a grant does, so sessions would take the role on at their next request.
            em.createNativeQuery("UPDATE account SET roles_stamp = roles_stamp + 1 WHERE id = ?1")
                    .setParameter(1, account.getId()).executeUpdate();
        }
        em.refresh(account); // the roles written past JPA, before the account reaches the shared cache
        request.addSignIn(String.format("%-24s %-22s %s", email, password, EnumSet.copyOf(account.getRoles())));
    }
}
