package org.peersupport.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SameOriginTest {

    private static final String OWN = "http://portal.example:8080";
    private static final String CONFIGURED = "https://portal.example/";

    @ParameterizedTest(name = "Origin {0}, Referer {1}: {2}")
    @CsvSource(nullValues = "NONE", value = {
        "http://portal.example:8080, NONE, true",
        "HTTP://Portal.Example:8080, NONE, true",
        "https://portal.example, NONE, true",
        "https://portal.example:443, NONE, true",
        "NONE, http://portal.example:8080/forum/topic.xhtml?id=3, true",
        "null, NONE, false",
        "null, http://portal.example:8080/member/dashboard.xhtml, false",
        "http://portal.example:9090, NONE, false",
        "http://portal.example, NONE, false",
        "https://portal.example:8080, NONE, false",
        "http://evil.example:8080, NONE, false",
        "http://portal.example.evil.example:8080, NONE, false",
        "NONE, http://evil.example/page, false",
        "NONE, NONE, false",
        "'', NONE, false",
        "file:///tmp/x.html, NONE, false"
    })
    void comparesTheWholeOrigin(String origin, String referer, boolean same) {
        assertThat(SameOrigin.isSameOrigin(origin, referer, OWN, CONFIGURED)).isEqualTo(same);
    }
}
