package org.peersupport.portal.shared.web;

/** Paths that may be redirected to: only pages of this site, never another one (no open redirect). */
public final class LocalPath {

    private LocalPath() {}

    /** The path if it is a path inside this application, else "/". */
    public static String orHome(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                || path.contains("\r") || path.contains("\n")) {
            return "/";
        }
        return path;
    }
}
