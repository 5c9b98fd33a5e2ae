package org.peersupport.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalPathTest {

    @ParameterizedTest
    @CsvSource({
        "/register.xhtml, /register.xhtml",
        "/member/dashboard.xhtml?x=1, /member/dashboard.xhtml?x=1",
        "//evil.example/, /",
        "https://evil.example/, /",
        "/\\evil.example, /",
        "'', /"
    })
    void returnsOnlyToPagesOfThisSite(String from, String expected) {
        assertThat(LocalPath.orHome(from)).isEqualTo(expected);
    }
}
