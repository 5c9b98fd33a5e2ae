package org.peersupport.portal.journeys;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.peersupport.portal.testsupport.Browser;

/** Files a page links to, fetched as that browser would (with its session cookie), and read back. */
final class Downloads {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Downloads() {}

    /** GETs the address in the browser's session. */
    static HttpResponse<byte[]> fetch(Browser browser, String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    /** A PDF's text, as PDFBox extracts it, with its number of pages first ("pages: n"). */
    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return "pages: " + document.getNumberOfPages() + "\n" + new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new IllegalStateException("Not a PDF", e);
        }
    }
}
