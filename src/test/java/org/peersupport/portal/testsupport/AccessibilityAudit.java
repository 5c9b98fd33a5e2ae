package org.peersupport.portal.testsupport;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core through its Selenium integration, with the rules of WCAG 2.0, 2.1 and 2.2 at levels A
 * and AA. The script is injected through WebDriver, so the page keeps its content security policy.
 */
public final class AccessibilityAudit {

    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private AccessibilityAudit() {}

    /** One line per violated rule (its id, what it asks and the elements that break it); empty when the page passes. */
    public static List<String> violations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).disableIframeTesting().analyze(driver);
        if (results.getErrorMessage() != null && !results.getErrorMessage().isBlank()) {
            return List.of("axe-core could not run: " + results.getErrorMessage());
        }
        return results.getViolations().stream().map(AccessibilityAudit::describe).toList();
    }

    private static String describe(Rule rule) {
        String where = rule.getNodes().stream()
                .limit(5)
                .map(AccessibilityAudit::describe)
                .collect(Collectors.joining("; "));
        int more = rule.getNodes().size() - 5;
        return rule.getId() + " (" + rule.getHelp() + "): " + where + (more > 0 ? "; and " + more + " more" : "");
    }

    private static String describe(CheckedNode node) {
        String html = node.getHtml() == null ? "" : node.getHtml();
        return node.getTarget() + " " + (html.length() > 160 ? html.substring(0, 160) + "…" : html);
    }
}
