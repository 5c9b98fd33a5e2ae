package org.peersupport.portal.milestone.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import org.peersupport.portal.milestone.CertificateVerification;
import org.peersupport.portal.milestone.CertificateVerification.Verification;

/**
 * verify.xhtml: anyone checks a certificate's code (typed, or from the QR code's link). A GET page
 * with a plain form, so a visitor gets no session and the answer is a link to share.
 */
@Named
@RequestScoped
public class CertificateVerificationPage {

    @Inject
    private CertificateVerification verification;

    @Inject
    private Clock clock;

    private String code;
    private Verification result;

    public void verify() {
        if (code == null || code.isBlank()) {
            return;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        result = verification.verify(code, request.getRemoteAddr());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Verification getResult() {
        return result;
    }

    /** Minutes until a refused address may try again, rounded up. */
    public long getMinutesToWait() {
        if (result == null || result.retryAt() == null) {
            return 0;
        }
        long seconds = Duration.between(clock.instant(), result.retryAt()).toSeconds();
        return Math.max(1, (seconds + 59) / 60);
    }
}
