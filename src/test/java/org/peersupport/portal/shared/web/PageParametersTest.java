package org.peersupport.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PageParametersTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", "42", "0042", "2147483647", "2147483648", "9223372036854775807"})
    void positivePlainNumbersAreIds(String value) {
        assertThat(PageParameters.id(value)).hasValue(Long.parseLong(value));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0", "-1", "-9223372036854775808", "9223372036854775808", "99999999999999999999", "abc", "1e3",
        "+7", " 7", "7 ", "0x10", "1.0", "١٢", "\uFFFD", "\u00C0\u00AF", "12345678901234567890123"})
    void anythingElseNamesNothing(String value) {
        assertThat(PageParameters.id(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2", "100000"})
    void pagesFromOneToTheBound(String value) {
        assertThat(PageParameters.page(value)).hasValue(Integer.parseInt(value));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0", "-1", "100001", "2147483647", "2147483648", "9223372036854775808", "abc", "1.5", "+2"})
    void pagesOutsideTheBoundAreNone(String value) {
        assertThat(PageParameters.page(value)).isEmpty();
    }
}
