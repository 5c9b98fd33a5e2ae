package org.peersupport.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** English and Spanish kept in step, and every key a page uses exists. */
class BundleParityTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path WEBAPP = Path.of("src/main/webapp");

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages", "ValidationMessages"})
    void spanishHasExactlyTheEnglishKeys(String bundle) throws IOException {
        Properties english = load(RESOURCES.resolve(bundle + ".properties"));
        Properties spanish = load(RESOURCES.resolve(bundle + "_es.properties"));
        assertThat(spanish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        english.stringPropertyNames().forEach(key ->
                assertThat(spanish.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void everyLiteralKeyUsedInAPageExists() throws IOException {
        Set<String> keys = load(RESOURCES.resolve("i18n/messages.properties")).stringPropertyNames();
        Pattern use = Pattern.compile("i18n\\['([A-Za-z0-9._]+)'\\]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(WEBAPP)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = use.matcher(Files.readString(page));
                while (matcher.find()) {
                    if (!keys.contains(matcher.group(1))) {
                        missing.add(matcher.group(1) + " in " + page);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
