package org.peersupport.portal.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Loads demo data when asked (the run profile asks; production does not unless PORTAL_DEMO_DATA=true). */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    private boolean wanted;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Event<DemoDataRequested> demoDataRequested;

    /** Each loader commits on its own, so the sign-ins are printed only once saved. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void load() {
        if (!wanted) {
            return;
        }
        if (em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult() > 0) {
            LOG.info("Demo data: the database already has accounts, nothing loaded. Demo sign-ins are in README.md.");
            return;
        }
        DemoDataRequested request = new DemoDataRequested();
        demoDataRequested.fire(request);
        StringBuilder lines = new StringBuilder("Demo data loaded. Sign in with:");
        request.signInLines().forEach(line -> lines.append("\n    ").append(line));
        LOG.info(lines::toString);
    }
}
