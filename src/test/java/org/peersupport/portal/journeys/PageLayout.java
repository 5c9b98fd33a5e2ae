package org.peersupport.portal.journeys;

import java.util.List;
import org.peersupport.portal.testsupport.Browser;

/** What a crawl reads from any page: its links within the portal, and how it sits on the screen. */
final class PageLayout {

    private PageLayout() {}

    /** Addresses of the portal's pages this page links to (no fragments, downloads or other sites), as paths below {@code baseUrl} with their query. */
    @SuppressWarnings("unchecked")
    static List<String> portalLinks(Browser browser, String baseUrl) {
        List<String> links = (List<String>) browser.evaluate("return Array.from(document.querySelectorAll('a[href]'))"
                + ".map(a => new URL(a.href, location.href))"
                + ".filter(u => u.pathname.endsWith('.xhtml'))"
                + ".map(u => u.origin + u.pathname + u.search);");
        return links.stream()
                .filter(link -> link.startsWith(baseUrl))
                .map(link -> link.substring(baseUrl.length() - 1).replaceFirst(";jsessionid=[^?]*", ""))
                .toList();
    }

    /** Sideways scroll, a header taller than a fifth of the screen, and (on a laptop) a header on more than one row. */
    static List<String> layoutProblems(Browser browser, String path) {
        List<String> problems = new java.util.ArrayList<>();
        long viewport = ((Number) browser.evaluate("return window.innerWidth;")).longValue();
        long scrollWidth = ((Number) browser.evaluate("return document.documentElement.scrollWidth;")).longValue();
        if (scrollWidth > viewport) {
            problems.add(path + " scrolls sideways: " + Phone.widths(browser));
        }
        long header = ((Number) browser.evaluate("const h = document.querySelector('.site-header');"
                + " const s = document.querySelector('.staff-nav');"
                + " return (h ? h.getBoundingClientRect().height : 0) + (s ? s.getBoundingClientRect().height : 0);")).longValue();
        long screen = ((Number) browser.evaluate("return window.innerHeight;")).longValue();
        if (header * 5 > screen) {
            problems.add(path + " header is " + header + " px of a " + screen + "-px screen (over 20%)");
        }
        long row = ((Number) browser.evaluate("return document.querySelector('.site-header__inner').getBoundingClientRect().height;")).longValue();
        if (viewport >= 1200 && row > 76) {
            problems.add(path + " header wraps: " + row + " px high in a " + viewport + "-px window");
        }
        return problems;
    }
}
