package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.account.SignInThrottle;
import org.peersupport.portal.testsupport.LoopbackHttp;
import org.peersupport.portal.testsupport.TestServers;

/**
 * A non-browser client guessing passwords. Each test comes from its own loopback address, so the
 * per-address limit it trips never throttles other journeys.
 */
class SignInRateLimitIT {

    @Test
    void theSeventhFailedAttemptOnOneAccountIsRefusedWith429() {
        LoopbackHttp client = new LoopbackHttp(TestServers.portal().baseUrl(), "127.0.0.21");
        String email = "guess-target-" + Screens.unique() + "@example.org";
        for (int attempt = 1; attempt <= SignInThrottle.FAILURES_ALLOWED; attempt++) {
            LoopbackHttp.Response response = attemptSignIn(client, email, "wrong guess " + attempt);
            assertThat(response.status()).as("attempt %d", attempt).isEqualTo(200);
            assertThat(response.body()).contains("do not match an account");
        }
        LoopbackHttp.Response refused = attemptSignIn(client, email, "wrong guess 7");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("Too many sign-in attempts");

        // The same account is refused from another address too: the limit is also per account.
        LoopbackHttp other = new LoopbackHttp(TestServers.portal().baseUrl(), "127.0.0.22");
        assertThat(attemptSignIn(other, email, "wrong guess 8").status()).isEqualTo(429);
    }

    @Test
    void theSeventhAttemptFromOneAddressIsRefusedEvenForTheRightPassword() {
        LoopbackHttp client = new LoopbackHttp(TestServers.portal().baseUrl(), "127.0.0.23");
        for (int attempt = 1; attempt <= SignInThrottle.FAILURES_ALLOWED; attempt++) {
            assertThat(attemptSignIn(client, "sprayed-" + attempt + "-" + Screens.unique() + "@example.org",
                    "Winter2026!").status()).isEqualTo(200);
        }
        LoopbackHttp.Response refused = attemptSignIn(client, "facilitator@demo.test", "demo-pass-circle");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers()).doesNotContainKey("location");
    }

    private static LoopbackHttp.Response attemptSignIn(LoopbackHttp client, String email, String password) {
        LoopbackHttp.Response page = client.get("/login.xhtml");
        assertThat(page.status()).isEqualTo(200);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signin", "signin");
        form.put("signin:email", email);
        form.put("signin:password", password);
        form.put("signin:submit", "");
        form.put("jakarta.faces.ViewState", page.hiddenValue("jakarta.faces.ViewState"));
        form.put("primefaces.nonce", page.primeFacesNonce());
        return client.postForm("/login.xhtml", form);
    }
}
