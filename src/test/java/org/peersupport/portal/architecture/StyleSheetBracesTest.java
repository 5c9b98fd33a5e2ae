package org.peersupport.portal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every style sheet closes each block it opens. A brace lost when two branches' additions were put
 * together once left a whole feature's desktop rules inside a phone-only media query, silently.
 */
class StyleSheetBracesTest {

    @Test
    void everyBlockOpenedIsClosedInEveryStyleSheet() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp/resources"))) {
            sheets = files.filter(file -> file.toString().endsWith(".css")).toList();
        }
        assertThat(sheets).as("style sheets found").isNotEmpty();
        for (Path sheet : sheets) {
            String css = Files.readString(sheet).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("\"[^\"\\n]*\"|'[^'\\n]*'", "\"\"");
            int depth = 0;
            int line = 1;
            for (char c : css.toCharArray()) {
                if (c == '\n') {
                    line++;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth < 0) {
                    problems.add(sheet + ": a } without its { near line " + line);
                    depth = 0;
                }
            }
            if (depth != 0) {
                problems.add(sheet + ": " + depth + " block(s) never closed");
            }
        }
        assertThat(problems).isEmpty();
    }
}
