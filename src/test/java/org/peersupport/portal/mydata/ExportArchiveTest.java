package org.peersupport.portal.mydata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.shared.export.JsonRows;

/** The export's files without a server: JSON rows typed, the readable page escaped and in the member's language, the ZIP's names. */
class ExportArchiveTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");

    @Test
    void rowsBecomeTypedJsonObjectsWithTimesInUtc() {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = Json.createGenerator(text)) {
            json.writeStartObject();
            List<Object[]> rows = new ArrayList<>();
            rows.add(new Object[] {7L, "Hola \"tú\"", true, Timestamp.from(AT), null});
            JsonRows.write(json, "posts", rows, "id", "body", "anonymous", "createdAt", "editedAt");
            JsonRows.write(json, "roles", List.of("MEMBER"), "role");
            json.writeEnd();
        }
        JsonObject object = Json.createReader(new StringReader(text.toString())).readObject();
        JsonObject post = object.getJsonArray("posts").getJsonObject(0);
        assertThat(post.getJsonNumber("id").longValue()).isEqualTo(7);
        assertThat(post.getString("body")).isEqualTo("Hola \"tú\"");
        assertThat(post.getBoolean("anonymous")).isTrue();
        assertThat(post.getString("createdAt")).isEqualTo("2026-03-01T10:15:30Z");
        assertThat(post.isNull("editedAt")).isTrue();
        assertThat(object.getJsonArray("roles").getJsonObject(0).getString("role")).isEqualTo("MEMBER");
    }

    @Test
    void theReadablePageEscapesWhatPeopleTypedAndHasNoScript() {
        JsonObject posts = Json.createObjectBuilder()
                .add("posts", Json.createArrayBuilder().add(Json.createObjectBuilder().add("body", "<script>alert('x')</script> & \"quotes\"")
                        .add("title", "<img src=x onerror=alert(1)>")))
                .add("revisions", Json.createArrayBuilder()).build();
        String html = ExportIndex.render(Map.of("posts", posts), "<b>Ana</b>", AT, Locale.ENGLISH, ZoneId.of("UTC"));

        assertThat(html).doesNotContain("<script", "<img", "<b>Ana")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;", "&lt;img src=x onerror=alert(1)&gt;",
                        "&lt;b&gt;Ana&lt;/b&gt;", "<th scope=\"col\">body</th>", "Forum posts", "Nothing here.", "<html lang=\"en\">");
    }

    @Test
    void theReadablePageSpeaksTheMembersLanguageAndZone() {
        String html = ExportIndex.render(Map.of("homework", Json.createObjectBuilder().add("homework", Json.createArrayBuilder()).build(),
                "some-new-kind", Json.createObjectBuilder().add("things", Json.createArrayBuilder()).build()), "Ana", AT,
                Locale.forLanguageTag("es"), ZoneId.of("America/Mexico_City"));

        assertThat(html).contains("<html lang=\"es\">", "Tus datos en el Portal de Apoyo entre Pares", "Reflexiones y tareas", "Nada por aquí.",
                "4:15", "some-new-kind");
    }

    @Test
    void theZipHoldsTheIndexAndOneJsonFilePerKind() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("account", "{\"account\":[]}");
        files.put("chat-messages", "{\"messages\":[]}");
        byte[] zip = ExportArchive.zip(files, "<!DOCTYPE html><title>ñ</title>");

        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(entries).containsOnlyKeys("index.html", "account.json", "chat-messages.json");
        assertThat(entries.get("index.html")).contains("ñ");
    }

    @Test
    void aKindIsAPlainNameSoNoFileLeavesTheZipsFolder() {
        assertThat(ExportArchive.fileName("care-contact")).isEqualTo("care-contact.json");
        for (String bad : List.of("../etc", "a/b", "", "Posts", "x.json")) {
            assertThatThrownBy(() -> ExportArchive.fileName(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
