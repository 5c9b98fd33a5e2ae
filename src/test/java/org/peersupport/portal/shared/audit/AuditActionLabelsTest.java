package org.peersupport.portal.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
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
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.peersupport.portal");

    /** Every audit action of the portal, found on the compiled classes (a new feature's enum too). */
    static List<AuditAction> allActions() {
        List<AuditAction> actions = new ArrayList<>();
        for (JavaClass type : CLASSES) {
            if (type.isEnum() && type.isAssignableTo(AuditAction.class)) {
                for (Object constant : type.reflect().getEnumConstants()) {
                    actions.add((AuditAction) constant);
                }
            }
        }
        return actions;
    }

    /** Every audit subject type the code declares: the constants named SUBJECT_* (e.g. "COHORT"). */
    static List<String> allSubjectTypes() throws IllegalAccessException {
        List<String> types = new ArrayList<>();
        for (JavaClass type : CLASSES) {
            for (JavaField field : type.getFields()) {
                if (field.getName().startsWith("SUBJECT_") && field.getModifiers().contains(JavaModifier.STATIC)
                        && field.getRawType().isEquivalentTo(String.class)) {
                    java.lang.reflect.Field constant = field.reflect();
                    constant.setAccessible(true);
                    types.add((String) constant.get(null));
                }
            }
        }
        return types;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_es.properties"})
    void everyAuditSubjectTypeHasAName(String bundle) throws IOException, IllegalAccessException {
        Properties texts = load(bundle);
        List<String> types = allSubjectTypes();
        assertThat(types).as("the subject types").contains(AuditTrail.SUBJECT_ACCOUNT, "COHORT", "CRISIS_ALERT");
        assertThat(types).filteredOn(type -> texts.getProperty("audit.subject." + type, "").isBlank())
                .as("audit subject types without an audit.subject.TYPE text in " + bundle)
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_es.properties"})
    void everyAuditActionHasAText(String bundle) throws IOException {
        Properties texts = load(bundle);
        List<AuditAction> actions = allActions();
        assertThat(actions).as("the features' audit actions").hasSizeGreaterThan(40);
        assertThat(actions).filteredOn(action -> texts.getProperty("audit.action." + action.name(), "").isBlank())
                .as("audit actions without an audit.action.NAME text in " + bundle)
                .isEmpty();
    }

    private static Properties load(String bundle) throws IOException {
        Properties texts = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(bundle), StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        return texts;
    }
}
