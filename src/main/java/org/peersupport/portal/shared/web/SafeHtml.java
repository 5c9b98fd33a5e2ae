package org.peersupport.portal.shared.web;

import java.io.Serializable;

/**
 * HTML that came out of a sanitiser (the forum's SafeMarkdown) and may be written to a page as it
 * is. Only {@link SafeHtmlOutput} writes it unescaped; plain strings are always escaped.
 */
public final class SafeHtml implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String html;

    private SafeHtml(String html) {
        this.html = html;
    }

    /** For the output of a sanitiser only. */
    public static SafeHtml sanitized(String html) {
        return new SafeHtml(html == null ? "" : html);
    }

    public String html() {
        return html;
    }

    @Override
    public String toString() {
        return html;
    }
}
