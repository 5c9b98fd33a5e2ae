package org.peersupport.portal.mydata;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * index.html of the export: the same data as the JSON files as tables a person can read, in the
 * member's language. Self-contained (one style block, no scripts, no links out) and every value
 * escaped, since it holds what people typed.
 */
public final class ExportIndex {

    private static final String BUNDLE = "i18n.messages";

    private ExportIndex() {}

    /** {@code files}: kind → its JSON object, in the order shown. */
    public static String render(Map<String, JsonObject> files, String displayName, Instant exportedAt, Locale locale, ZoneId zone) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale).withZone(zone).format(exportedAt);
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(escape(locale.getLanguage())).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(text(bundle, "myData.file.title"))).append("</title>\n<style>")
                .append("body{font-family:system-ui,sans-serif;margin:1rem auto;max-width:70rem;padding:0 1rem;color:#1b1b1b;line-height:1.45}")
                .append("table{border-collapse:collapse;display:block;overflow-x:auto;margin:.5rem 0 1.5rem}")
                .append("th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top;white-space:pre-wrap}")
                .append("th{background:#eef1f5}h2{border-bottom:2px solid #2b5d8c;padding-bottom:.2rem;margin-top:2rem}")
                .append(".empty{color:#555;font-style:italic}</style>\n</head>\n<body>\n<main>\n<h1>")
                .append(escape(text(bundle, "myData.file.title"))).append("</h1>\n<p>")
                .append(escape(text(bundle, "myData.file.for"))).append(' ').append(escape(displayName)).append(" · ")
                .append(escape(text(bundle, "myData.file.exportedAt"))).append(' ').append(escape(when)).append("</p>\n<p>")
                .append(escape(text(bundle, "myData.file.intro"))).append("</p>\n<nav><ul>\n");
        for (String kind : files.keySet()) {
            html.append("<li><a href=\"#").append(escape(kind)).append("\">").append(escape(kindName(bundle, kind))).append("</a> (")
                    .append(escape(kind)).append(".json)</li>\n");
        }
        html.append("</ul></nav>\n");
        for (Map.Entry<String, JsonObject> file : files.entrySet()) {
            html.append("<section id=\"").append(escape(file.getKey())).append("\">\n<h2>").append(escape(kindName(bundle, file.getKey())))
                    .append("</h2>\n");
            for (Map.Entry<String, JsonValue> part : file.getValue().entrySet()) {
                html.append("<h3>").append(escape(part.getKey())).append("</h3>\n");
                table(html, part.getValue(), bundle);
            }
            html.append("</section>\n");
        }
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder html, JsonValue value, ResourceBundle bundle) {
        if (!(value instanceof JsonArray rows)) {
            html.append("<p>").append(escape(plain(value))).append("</p>\n");
            return;
        }
        if (rows.isEmpty()) {
            html.append("<p class=\"empty\">").append(escape(text(bundle, "myData.file.empty"))).append("</p>\n");
            return;
        }
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(row -> {
            if (row instanceof JsonObject object) {
                columns.addAll(object.keySet());
            }
        });
        html.append("<table>\n<thead><tr>");
        columns.forEach(column -> html.append("<th scope=\"col\">").append(escape(column)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (JsonValue row : rows) {
            html.append("<tr>");
            for (String column : columns) {
                JsonValue cell = row instanceof JsonObject object ? object.getOrDefault(column, JsonValue.NULL) : row;
                html.append("<td>").append(escape(plain(cell))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static String plain(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return "";
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    private static String kindName(ResourceBundle bundle, String kind) {
        try {
            return bundle.getString("myData.kind." + kind);
        } catch (MissingResourceException e) {
            return kind; // a kind added without a heading of its own still shows, by its file name
        }
    }

    private static String text(ResourceBundle bundle, String key) {
        return bundle.getString(key);
    }

    /** HTML-escapes text for both element content and quoted attributes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
