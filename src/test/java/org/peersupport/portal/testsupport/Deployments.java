package org.peersupport.portal.testsupport;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one deployment for Arquillian tests: the real, packaged WAR plus the test classes. */
public final class Deployments {

    private Deployments() {}

    public static WebArchive portalWith(Class<?>... testClasses) {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "portal.war")
                .importFrom(new File(System.getProperty("portal.war")))
                .as(WebArchive.class);
        war.addClasses(testClasses);
        war.addClass(TrustLevels.class);
        war.addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
        return war;
    }

    private static File jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
