package org.peersupport.portal.shared.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import org.omnifaces.exceptionhandler.ViewExpiredExceptionHandler;

/**
 * PrimeFaces' CSP mode compares the posted {@code primefaces.nonce} with the view's own only when
 * it renders the answer, after the form's action has run and saved. This compares them as soon as
 * the view is restored, the same way, and refuses a post that does not match before anything is
 * applied: like an expired view, the page is loaded again (with its parameters, so a topic stays
 * that topic) and says "The page had been open for a while…".
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
        if (Objects.equals(expected.toString(), Objects.toString(posted, ""))) {
            return;
        }
        // The post's own URL lacks the page's parameters (?id=…), so reload by the view's bookmarkable URL.
        String page = context.getApplication().getViewHandler().getBookmarkableURL(context, root.getViewId(), Map.of(), true);
        context.getExternalContext().getFlash().put(ViewExpiredExceptionHandler.FLASH_ATTRIBUTE_VIEW_EXPIRED, Boolean.TRUE);
        try {
            context.getExternalContext().redirect(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // Checked before the phase, so that no submitted value is even decoded.
    }
}
