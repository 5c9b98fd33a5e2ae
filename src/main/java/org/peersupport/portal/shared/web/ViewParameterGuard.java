package org.peersupport.portal.shared.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one answer to a page address whose parameters name nothing: when a view parameter of a page
 * load fails its converter ({@code portal.id}, {@code portal.page}), its validation, or is missing
 * though required, the page answers 404 before any viewAction runs, instead of rendering around a
 * null ("Chat with null", an empty 200) or failing later with a 500.
 */
public class ViewParameterGuard implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing before: view parameters are converted and validated during the phase.
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot root = context.getViewRoot();
        if (context.isPostback() || root == null || context.getResponseComplete()) {
            return;
        }
        boolean namesNothing = ViewMetadata.getViewParameters(root).stream().anyMatch(p -> !p.isValid());
        if (namesNothing) {
            try {
                context.getExternalContext().responseSendError(404, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
    }
}
