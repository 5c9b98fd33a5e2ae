package org.peersupport.portal.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The audit log names every action in words, in English and Spanish: every constant of every enum
 * that implements {@link AuditAction}, in any feature, has an {@code audit.action.NAME} text.
 */
class AuditActionLabelsTest {

    private static final Path RESOURCES = Path.of("src/main/resources/i18n");

    /** Every audit action of the portal, found on the compiled classes (a new feature's enum too). */
    static List<AuditAction> allActions() {
        List<AuditAction> actions = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.peersupport.portal")) {
            if (type.isEnum() && type.isAssignableTo(AuditAction.class)) {
                for (Object constant : type.reflect().getEnumConstants()) {
                    actions.add((AuditAction) constant);
                }
            }
        }
        return actions;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_es.properties"})
    void everyAuditActionHasAText(String bundle) throws IOException {
        Properties texts = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(bundle), StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        List<AuditAction> actions = allActions();
        assertThat(actions).as("the features' audit actions").hasSizeGreaterThan(40);
        assertThat(actions).filteredOn(action -> texts.getProperty("audit.action." + action.name(), "").isBlank())
                .as("audit actions without an audit.action.NAME text in " + bundle)
                .isEmpty();
    }
}
