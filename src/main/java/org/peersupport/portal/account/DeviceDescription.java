package org.peersupport.portal.account;

/**
 * "Firefox on Windows": a browser and a system read from a User-Agent header, coarse on purpose.
 * Either may be {@code null} when the header says nothing we know.
 */
public record DeviceDescription(String browser, String system) {

    public static DeviceDescription of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return new DeviceDescription(null, null);
        }
        return new DeviceDescription(browserOf(userAgent), systemOf(userAgent));
    }

    // Order matters: Edge and Opera say "Chrome", Chrome says "Safari".
    private static String browserOf(String ua) {
        if (ua.contains("Edg/") || ua.contains("Edge/")) {
            return "Edge";
        }
        if (ua.contains("OPR/") || ua.contains("Opera")) {
            return "Opera";
        }
        if (ua.contains("Firefox/") || ua.contains("FxiOS/")) {
            return "Firefox";
        }
        if (ua.contains("Chrome/") || ua.contains("CriOS/") || ua.contains("Chromium/")) {
            return "Chrome";
        }
        if (ua.contains("Safari/")) {
            return "Safari";
        }
        return null;
    }

    private static String systemOf(String ua) {
        if (ua.contains("Android")) {
            return "Android";
        }
        if (ua.contains("iPhone") || ua.contains("iPad") || ua.contains("iPod")) {
            return "iOS";
        }
        if (ua.contains("Windows")) {
            return "Windows";
        }
        if (ua.contains("Mac OS X") || ua.contains("Macintosh")) {
            return "macOS";
        }
        if (ua.contains("CrOS")) {
            return "ChromeOS";
        }
        if (ua.contains("Linux")) {
            return "Linux";
        }
        return null;
    }
}
