package org.peersupport.portal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The size budgets of ARCHITECTURE.md, read from the sources: a service (a transaction boundary
 * named *Service) stays under 400 lines, a page bean (a @Named class in a web package) under 150.
 * A class over its budget has more than one job and should be split along its seams.
 */
class SizeBudgetTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "org", "peersupport", "portal");
    private static final int SERVICE_BUDGET = 400;
    private static final int PAGE_BEAN_BUDGET = 150;

    @Test
    void everyServiceIsUnderFourHundredLines() {
        Map<String, Integer> services = sizes(javaSources().stream()
                .filter(file -> file.getFileName().toString().endsWith("Service.java")).toList());
        assertThat(services).as("services found").hasSizeGreaterThan(10);
        assertThat(over(services, SERVICE_BUDGET)).as("services at or over %d lines", SERVICE_BUDGET).isEmpty();
    }

    @Test
    void everyPageBeanIsUnderOneHundredFiftyLines() {
        Map<String, Integer> beans = sizes(javaSources().stream()
                .filter(file -> file.toString().contains(java.io.File.separator + "web" + java.io.File.separator))
                .filter(SizeBudgetTest::isNamedBean).toList());
        assertThat(beans).as("page beans found").hasSizeGreaterThan(30);
        assertThat(over(beans, PAGE_BEAN_BUDGET)).as("page beans at or over %d lines", PAGE_BEAN_BUDGET).isEmpty();
    }

    private static List<Path> javaSources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isNamedBean(Path file) {
        return read(file).stream().anyMatch(line -> line.strip().startsWith("@Named"));
    }

    private static Map<String, Integer> sizes(List<Path> files) {
        Map<String, Integer> sizes = new TreeMap<>();
        files.forEach(file -> sizes.put(SOURCES.relativize(file).toString(), read(file).size()));
        return sizes;
    }

    private static Map<String, Integer> over(Map<String, Integer> sizes, int budget) {
        Map<String, Integer> over = new TreeMap<>();
        sizes.forEach((file, lines) -> {
            if (lines >= budget) {
                over.put(file, lines);
            }
        });
        return over;
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
