package org.peersupport.portal.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** The race client reads the sign-up form as the workshop page's contract gives it, and tells a good answer from a bad one. */
class SignUpRaceTest {

    /** As Mojarra and PrimeFaces render the contract's form: a marker, two optional fields, a non-Ajax button, the view state. */
    private static final String PAGE = """
            <html><head><script nonce="bm9uY2U=">PrimeFaces.csp.init('bm9uY2U=');</script></head><body>
            <form id="language" name="language" method="post" action="/language"><input type="hidden" name="language" value="language" />
            <input type="hidden" name="jakarta.faces.ViewState" value="other:form" /></form>
            <form id="signUp" name="signUp" method="post" action="/workshops/workshop.xhtml?id=42&amp;lang=es" enctype="application/x-www-form-urlencoded">
            <input type="hidden" name="signUp" value="signUp" />
            <textarea id="signUp:answer" name="signUp:answer"></textarea>
            <input id="signUp:shareContact_input" name="signUp:shareContact_input" type="checkbox" />
            <button id="signUp:submit" name="signUp:submit" class="ui-button" type="submit"><span>Sign up</span></button>
            <input type="hidden" name="jakarta.faces.ViewState" id="j_id1:jakarta.faces.ViewState:0" value="-4711&#58;2342" autocomplete="off" />
            </form></body></html>
            """;

    @Test
    void postsTheSignUpFormsHiddenFieldsTheButtonAndTheNonceButNothingTyped() {
        assertThat(SignUpRace.signUpFields(PAGE)).containsOnly(
                entry("signUp", "signUp"),
                entry("jakarta.faces.ViewState", "-4711:2342"),
                entry("signUp:submit", ""),
                entry("primefaces.nonce", "bm9uY2U="));
    }

    @Test
    void postsToTheFormsActionWithTheMembersCookieAndThePagesOrigin() {
        HttpRequest post = SignUpRace.signUpPost("http://127.0.0.1:8184/", "JSESSIONID=abc", PAGE);

        assertThat(post.uri()).hasToString("http://127.0.0.1:8184/workshops/workshop.xhtml?id=42&lang=es");
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.headers().firstValue("Cookie")).contains("JSESSIONID=abc");
        assertThat(post.headers().firstValue("Origin")).contains("http://127.0.0.1:8184");
    }

    @Test
    void aPageWithoutTheSignUpFormIsAClearFailure() {
        assertThatThrownBy(() -> SignUpRace.signUpFields("<html><form id=\"other\"></form></html>"))
                .hasMessageContaining("No form id=\"signUp\"");
    }

    @Test
    void onlyThePageAgainOrARedirectToItCountsAsAnAnswer() {
        assertThat(SignUpRace.problem(302, "http://127.0.0.1:8184/workshops/workshop.xhtml?id=42", "")).isNull();
        assertThat(SignUpRace.problem(303, "/workshops/workshop.xhtml?id=42", "")).isNull();
        assertThat(SignUpRace.problem(200, "", "<div class=\"ui-messages-info\">You have a seat</div>")).isNull();

        assertThat(SignUpRace.problem(500, "", "")).isEqualTo("HTTP 500");
        assertThat(SignUpRace.problem(503, "", "")).isEqualTo("HTTP 503");
        assertThat(SignUpRace.problem(200, "", "<section class=\"card error-page\">")).isEqualTo("error page");
        assertThat(SignUpRace.problem(200, "", "<div class=\"ui-messages-error\">Sign-ups have closed</div>"))
                .isEqualTo("error message on the page");
        assertThat(SignUpRace.problem(302, "http://127.0.0.1:8184/login.xhtml", "")).isEqualTo("redirected to sign-in");
    }
}
