package org.peersupport.portal.mydata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The export's ZIP: one JSON file per kind ("posts" → posts.json) and the readable index.html beside them. */
public final class ExportArchive {

    public static final String INDEX = "index.html";

    private ExportArchive() {}

    /** {@code files}: kind → JSON text, in the order they go into the ZIP. */
    public static byte[] zip(Map<String, String> files, String indexHtml) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, INDEX, indexHtml);
            for (Map.Entry<String, String> file : files.entrySet()) {
                put(zip, fileName(file.getKey()), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The JSON file of a kind; a kind is a plain name, so nothing can climb out of the ZIP's folder. */
    public static String fileName(String kind) {
        if (!kind.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("not a kind: " + kind);
        }
        return kind + ".json";
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
