package org.peersupport.portal.shared.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;
import java.util.Objects;

/**
 * PrimeFaces' CSP mode compares the posted {@code primefaces.nonce} with the view's own only when
 * it renders the answer, after the form's action has run and saved. This compares them as soon as
 * the view is restored, the same way, and refuses a post that does not match before anything is
 * applied: as an expired view, which reloads the page with the expired-view message.
 */
public class CspNonceGuard implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** The name PrimeFaces posts the nonce under and keeps it in the view map by. */
    static final String NONCE = "primefaces.nonce";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.APPLY_REQUEST_VALUES;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot root = context.getViewRoot();
        if (!context.isPostback() || root == null) {
            return;
        }
        Map<String, Object> viewMap = root.getViewMap(false);
        Object expected = viewMap == null ? null : viewMap.get(NONCE);
        if (expected == null) {
            return; // a view rendered without a nonce (CSP off): nothing to compare
        }
        String posted = context.getExternalContext().getRequestParameterMap().get(NONCE);
        if (!Objects.equals(expected.toString(), Objects.toString(posted, ""))) {
            throw new ViewExpiredException("The posted CSP nonce does not match the page's", root.getViewId());
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // Checked before the phase, so that no submitted value is even decoded.
    }
}
