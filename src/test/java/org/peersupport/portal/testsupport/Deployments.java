package org.peersupport.portal.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment for Arquillian tests: the real, packaged WAR plus the test classes. Each test
 * class names what it needs; one server holds them all (SharedPayaraMicro, withEveryServiceTest).
 */
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

    /**
     * {@code first} (one test class's deployment, as Arquillian packaged it) with the classes and
     * libraries of every other service test's deployment added: the service-test classes are the
     * *IT classes of this build with a static @Deployment method.
     */
    static Archive<?> withEveryServiceTest(Archive<?> first) {
        List<Class<?>> serviceTests = serviceTestClasses();
        for (Class<?> testClass : serviceTests) {
            deploymentOf(testClass).getContent(Deployments::isTestContent).forEach((path, node) -> {
                if (node.getAsset() != null && !first.contains(path)) {
                    first.add(node.getAsset(), path);
                }
            });
        }
        System.out.printf("One Payara Micro for %d service-test classes%n", serviceTests.size());
        return first;
    }

    /** What a test adds to the WAR: its classes and libraries. */
    static boolean isTestContent(ArchivePath path) {
        return path.get().startsWith("/WEB-INF/classes/") || path.get().startsWith("/WEB-INF/lib/");
    }

    private static List<Class<?>> serviceTestClasses() {
        Path root = codeSourceOf(Deployments.class);
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString)
                    .filter(name -> name.endsWith("IT.class"))
                    .<Class<?>>map(name -> load(name.substring(0, name.length() - ".class".length()).replace(File.separatorChar, '.')))
                    .filter(type -> deploymentMethod(type).isPresent())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the test classes in " + root, e);
        }
    }

    private static Archive<?> deploymentOf(Class<?> testClass) {
        Method method = deploymentMethod(testClass).orElseThrow();
        try {
            method.setAccessible(true);
            return (Archive<?>) method.invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not build the deployment of " + testClass.getName(), e);
        }
    }

    private static Optional<Method> deploymentMethod(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Deployment.class) && Modifier.isStatic(method.getModifiers()))
                .findFirst();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Deployments.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static File jarOf(Class<?> type) {
        return codeSourceOf(type).toFile();
    }

    private static Path codeSourceOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
