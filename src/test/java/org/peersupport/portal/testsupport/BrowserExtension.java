package org.peersupport.portal.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Gives a browser journey a fresh Chromium on the shared running portal ({@link TestServers}),
 * keeps a screenshot and the page source of any journey that fails, then closes the browser.
 */
public class BrowserExtension implements ParameterResolver, TestWatcher {

    /** Open browsers by test; JUnit's store may already be closed when TestWatcher is called. */
    private static final java.util.Map<String, Browser> OPEN = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        String language = parameter.findAnnotation(Language.class).map(Language::value).orElse("en");
        Browser browser = Browser.open(TestServers.portal().baseUrl(), language);
        OPEN.put(context.getUniqueId(), browser);
        return browser;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Browser browser = OPEN.remove(context.getUniqueId());
        if (browser == null) {
            return;
        }
        try {
            String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName();
            browser.screenshot(name);
            Files.writeString(Path.of("target", "screenshots", name + ".html"), browser.pageSource());
        } catch (IOException | RuntimeException ignored) {
            // the failure itself is the main evidence
        } finally {
            browser.close();
        }
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        close(context);
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        close(context);
    }

    private static void close(ExtensionContext context) {
        Browser browser = OPEN.remove(context.getUniqueId());
        if (browser != null) {
            browser.close();
        }
    }
}
