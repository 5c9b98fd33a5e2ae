package org.peersupport.portal.milestone.badge;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * 1EdTech's JSON Schemas of Open Badges 3.0 (draft 2019-09), read from the copies in
 * src/test/resources/openbadges: nothing is fetched, and formats such as date-time are asserted.
 */
final class OpenBadgeSchemas {

    static final String ACHIEVEMENT_CREDENTIAL = "ob_v3p0_achievementcredential_schema.json";
    static final String PROFILE = "ob_v3p0_profile_schema.json";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09,
            builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources(false))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private OpenBadgeSchemas() {}

    /** What the schema finds wrong with the document; empty when it is valid. */
    static List<Error> problems(String schemaFile, JsonObject document) {
        try (InputStream schema = stream(schemaFile)) {
            Schema loaded = REGISTRY.getSchema(schema);
            return loaded.validate(document.toString(), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String schemaFile) {
        try (InputStream schema = stream(schemaFile)) {
            return new String(schema.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String schemaFile) {
        InputStream schema = OpenBadgeSchemas.class.getResourceAsStream("/openbadges/" + schemaFile);
        if (schema == null) {
            throw new IllegalStateException("No schema " + schemaFile + " in src/test/resources/openbadges");
        }
        return schema;
    }
}
