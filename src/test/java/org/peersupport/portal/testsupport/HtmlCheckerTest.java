package org.peersupport.portal.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The offline W3C checker finds the kinds of mistakes the portal's pages once had, and passes a clean page. */
class HtmlCheckerTest {

    private static final String HEAD = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>Page</title></head><body>";

    @Test
    void aCleanPagePasses() {
        assertThat(HtmlChecker.errors(HEAD + "<main><label for=\"a\">Name</label><input id=\"a\" name=\"a\"></main></body></html>"))
                .isEmpty();
    }

    @Test
    void duplicateIdsLabelsForHiddenInputsAndALogOnAListAreErrors() {
        assertThat(HtmlChecker.errors(HEAD + "<p id=\"name\">x</p><p id=\"name\">y</p>"
                        + "<label for=\"h\">Hidden</label><input type=\"hidden\" id=\"h\" name=\"h\">"
                        + "<ol role=\"log\"><li>x</li></ol></body></html>"))
                .anyMatch(error -> error.contains("Duplicate ID"))
                .anyMatch(error -> error.contains("for") && error.contains("label"))
                .anyMatch(error -> error.contains("role"));
    }

    @Test
    void aCharsetDeclaredAfterTheFirst1024BytesIsAnError() {
        String late = "<!DOCTYPE html><html lang=\"en\"><head><title>Page</title><meta name=\"description\" content=\""
                + "x".repeat(1100) + "\"><meta charset=\"UTF-8\"></head><body></body></html>";
        assertThat(HtmlChecker.errors(late)).anyMatch(error -> error.contains("1024"));
    }
}
