package org.peersupport.portal.devserver;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;

/**
 * Looks at pages as a person would: signs in to a running portal (./mvnw -Prun) in headless
 * Chromium and saves a PNG of each page under target/screenshots.
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp "target/test-classes:$(cat target/cp.txt)" org.peersupport.portal.devserver.Screenshots \
 *      http://localhost:8080/ moderator@demo.test demo-pass-keeper en queue=/moderation/queue.xhtml ...
 * </pre>
 * Add -Dportal.windowSize=1280,2000 before the class name to see a long page whole.
 * {@code name=/path!buttonId} clicks that button (an Ajax action, say) before the picture is taken.
 * Use "-" as the e-mail to stay a visitor.
 */
public final class Screenshots {

    private Screenshots() {}

    public static void main(String[] args) {
        if (args.length < 5) {
            System.err.println("usage: Screenshots baseUrl email password language name=/path ...");
            System.exit(2);
        }
        try (Browser browser = Browser.open(args[0].endsWith("/") ? args[0] : args[0] + "/", args[3])) {
            if (!args[1].equals("-")) {
                browser.visit("/login.xhtml");
                browser.type("signin:email", args[1]).type("signin:password", args[2]).submitAndWaitForPage("signin:submit");
            }
            for (int i = 4; i < args.length; i++) {
                String[] shot = args[i].split("=", 2);
                String[] pathAndClick = shot[1].split("!", 2);
                browser.visit(pathAndClick[0]);
                browser.find(By.tagName("footer"));
                if (pathAndClick.length > 1) {
                    browser.click(pathAndClick[1]);
                }
                pause(Long.getLong("portal.shotDelayMs", 0));
                browser.settle();
                Path file = browser.screenshot(shot[0]);
                System.out.println(file.toAbsolutePath());
            }
        }
    }

    /** Some widgets (the Schedule) fetch their content after the page has settled. */
    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
