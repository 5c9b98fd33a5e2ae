package org.peersupport.portal.shared.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;
import org.omnifaces.util.Exceptions;
import org.omnifaces.util.Messages;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.NotPermittedException;
import org.peersupport.portal.shared.RefusedException;
import org.peersupport.portal.shared.persistence.DatabaseFailure;

/**
 * OmniFaces' FullAjaxExceptionHandler, which shows the error page also for Ajax requests, with
 * our error reference in the log line.
 */
public class PortalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public PortalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new FullAjaxExceptionHandler(getWrapped().getExceptionHandler()) {
            /**
             * Something not found, or not the viewer's (not to be revealed, so answered alike): a page
             * load answers a real 404; an Ajax action (say, on a post deleted meanwhile) says so in
             * the page's messages.
             * The database out of reach: a page load answers 503 with the calm page. An Ajax action
             * that could not reach it, or that still lost a race after its retries, says so in the
             * page's messages and re-renders nothing else, so the form keeps what was typed.
             */
            @Override
            public void handle() {
                FacesContext context = FacesContext.getCurrentInstance();
                Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                while (context != null && events.hasNext()) {
                    Throwable exception = events.next().getContext().getException();
                    boolean ajax = context.getPartialViewContext().isAjaxRequest();
                    RefusedException refused = Exceptions.extract(exception, RefusedException.class);
                    if (refused != null) {
                        // Refused by the service (say, a suspended member): a message on the page, the input kept.
                        events.remove();
                        Messages.addGlobalError(Bundle.text(context, refused.getReasonKey(), refused.getArguments().toArray()));
                        if (ajax) {
                            context.getPartialViewContext().getRenderIds().add("globalMessages");
                        }
                        continue;
                    }
                    if (Exceptions.is(exception, NotFoundException.class) || Exceptions.is(exception, NotPermittedException.class)) {
                        events.remove();
                        if (ajax) {
                            Messages.addGlobalError(Bundle.text(context, "error.gone"));
                            context.getPartialViewContext().getRenderIds().add("globalMessages");
                            continue;
                        }
                        sendError(context, 404);
                        return;
                    }
                    boolean unavailable = DatabaseFailure.isUnavailable(exception);
                    if (unavailable) {
                        DatabaseOutage.log(request(context), exception);
                    }
                    boolean conflict = !unavailable && DatabaseFailure.isConflict(exception);
                    if ((unavailable || conflict) && ajax && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
                        events.remove();
                        keepInput(context, unavailable ? "error.unavailable.kept" : "error.conflict.kept");
                    } else if (unavailable && !ajax) {
                        events.remove();
                        sendError(context, DatabaseOutage.STATUS);
                        return;
                    }
                    // otherwise (cut off while rendering an Ajax answer too): the error page in its place
                }
                super.handle();
            }

            private void keepInput(FacesContext context, String messageKey) {
                Messages.addGlobalError(Bundle.text(context, messageKey));
                context.validationFailed(); // PrimeFaces' oncomplete handlers then leave the form alone
                context.getPartialViewContext().getRenderIds().clear();
                context.getPartialViewContext().getRenderIds().add("globalMessages");
            }

            private void sendError(FacesContext context, int status) {
                if (!context.getExternalContext().isResponseCommitted()) {
                    try {
                        context.getExternalContext().responseSendError(status, null);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                context.responseComplete();
            }

            @Override
            protected String findErrorPageLocation(FacesContext context, Throwable exception) {
                return DatabaseFailure.isUnavailable(exception) ? DatabaseOutage.ERROR_PAGE
                        : super.findErrorPageLocation(context, exception);
            }

            @Override
            protected void logException(FacesContext context, Throwable exception, String location,
                    LogReason reason) {
                if (DatabaseFailure.isUnavailable(exception)) {
                    DatabaseOutage.log(request(context), exception);
                } else {
                    ErrorReference.log(request(context), exception);
                }
            }

            private static HttpServletRequest request(FacesContext context) {
                return (HttpServletRequest) context.getExternalContext().getRequest();
            }
        };
    }
}
