package org.peersupport.portal.testsupport;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The W3C's Nu Html Checker (the engine behind validator.w3.org/nu), run offline on a page's bytes
 * as the server sent them. Setting up its schema takes about 1.5 s, so one checker serves a thread.
 */
public final class HtmlChecker {

    private static final ThreadLocal<HtmlChecker> PER_THREAD = ThreadLocal.withInitial(HtmlChecker::new);

    private final List<String> errors = new ArrayList<>();
    private final SimpleDocumentValidator validator;

    private HtmlChecker() {
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException warning) {
                // Warnings (such as "consider adding a lang attribute") are advice, not errors.
            }

            @Override
            public void error(SAXParseException error) {
                errors.add(describe(error));
            }

            @Override
            public void fatalError(SAXParseException error) {
                errors.add(describe(error));
            }
        };
        try {
            validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collect);
            validator.setUpValidatorAndParsers(collect, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("The Nu Html Checker could not load its HTML schema", e);
        }
    }

    /** The checker's errors for this HTML document (its line, column and message each), none when it is valid. */
    public static List<String> errors(String html) {
        return PER_THREAD.get().check(html.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> check(byte[] html) {
        errors.clear();
        InputSource source = new InputSource(new ByteArrayInputStream(html));
        source.setEncoding("UTF-8");
        try {
            validator.checkHtmlInputSource(source);
        } catch (Exception e) {
            errors.add("the checker stopped: " + e);
        }
        return List.copyOf(errors);
    }

    private static String describe(SAXParseException error) {
        return error.getLineNumber() + ":" + error.getColumnNumber() + " " + error.getMessage();
    }
}
