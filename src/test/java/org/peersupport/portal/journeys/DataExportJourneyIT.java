package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.HtmlChecker;
import org.peersupport.portal.testsupport.TestServers;

/**
 * A member asks for their data by keyboard, is told when it is ready, downloads the ZIP and opens
 * it: JSON that parses and a valid, script-free index.html. Another member's session gets 404 for
 * the same link; the page fits a phone.
 */
@ExtendWith(BrowserExtension.class)
class DataExportJourneyIT {

    @Test
    void aMemberPreparesDownloadsAndOpensTheirData(Browser member) throws IOException {
        String name = "Keeper " + Screens.unique();
        String email = "keeper-" + Screens.unique() + "@example.org";
        Screens.Registration.join(member, email, "a calm and long passphrase", name);

        member.visit("/member/my-data.xhtml");
        assertThat(Screens.heading(member)).isEqualTo("Your data");
        member.screenshot("my-data-empty-1280-en");
        member.find(By.id("exportForm:prepare")).sendKeys(Keys.ENTER);
        member.settle();
        assertThat(Screens.globalMessages(member)).contains("We are preparing your download.");
        member.waitUntil(() -> member.isPresent(By.id("downloadExport")));
        assertThat(member.text(By.id("exportReady"))).startsWith("Your download is ready until");
        member.screenshot("my-data-ready-1280-en");

        member.visit("/member/notifications.xhtml");
        assertThat(member.pageSource()).contains("Your data download is ready.");
        member.visit("/member/my-data.xhtml");
        String href = member.find(By.id("downloadExport")).getAttribute("href");

        HttpResponse<byte[]> download = Downloads.fetch(member, href);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(Downloads.header(download, "Content-Type")).startsWith("application/zip");
        assertThat(Downloads.header(download, "Content-Disposition")).contains("attachment", ".zip");
        Map<String, String> zip = unzip(download.body());
        assertThat(zip).containsKeys("index.html", "account.json", "posts.json", "chat-messages.json", "notifications.json");
        for (Map.Entry<String, String> file : zip.entrySet()) {
            if (file.getKey().endsWith(".json")) {
                Json.createReader(new StringReader(file.getValue())).readObject(); // every file parses
            }
        }
        JsonObject account = Json.createReader(new StringReader(zip.get("account.json"))).readObject().getJsonArray("account").getJsonObject(0);
        assertThat(account.getString("email")).isEqualTo(email);
        assertThat(account.getString("displayName")).isEqualTo(name);
        String index = zip.get("index.html");
        assertThat(index).contains(name, "Your data at the Peer Support Portal").doesNotContain("<script");
        assertThat(HtmlChecker.errors(index)).as("index.html is valid HTML").isEmpty();

        try (Browser other = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.signInAs(other, "miembro@demo.test", "demo-pass-sereno");
            assertThat(Downloads.fetch(other, href).statusCode()).as("another member's download").isEqualTo(404);
            assertThat(Downloads.fetch(other, href.replaceFirst("export=\\d+", "export=abc")).statusCode()).isEqualTo(404);
        }

        try (Browser phone = Browser.open(TestServers.portal().baseUrl(), "en", "390,844")) {
            Screens.signInAs(phone, email, "a calm and long passphrase");
            phone.visit("/member/my-data.xhtml");
            assertThat(phone.isPresent(By.id("downloadExport"))).isTrue();
            assertThat(Phone.scrollsSideways(phone)).isFalse();
            phone.screenshot("my-data-390-en");
        }
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
