package org.peersupport.portal.shared.web;

import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.omnifaces.util.Exceptions;
import org.omnifaces.util.Messages;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.RefusedException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

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
             * Something not found (or not to be revealed): a page load answers a real 404; an Ajax
             * action (say, on a post deleted meanwhile) says so in the page's messages.
             */
            @Override
            public void handle() {
                FacesContext context = FacesContext.getCurrentInstance();
                Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                while (context != null && events.hasNext()) {
                    Throwable exception = events.next().getContext().getException();
                    RefusedException refused = Exceptions.extract(exception, RefusedException.class);
                    if (refused != null) {
                        // Refused by the service (say, a suspended member): a message on the page, the input kept.
                        events.remove();
                        Messages.addGlobalError(Bundle.text(context, refused.getReasonKey(), refused.getArguments().toArray()));
                        if (context.getPartialViewContext().isAjaxRequest()) {
                            context.getPartialViewContext().getRenderIds().add("globalMessages");
                        }
                        continue;
                    }
                    if (Exceptions.is(exception, NotFoundException.class)) {
                        events.remove();
                        if (context.getPartialViewContext().isAjaxRequest()) {
                            Messages.addGlobalError(Bundle.text(context, "error.gone"));
                            context.getPartialViewContext().getRenderIds().add("globalMessages");
                            continue;
                        }
                        try {
                            context.getExternalContext().responseSendError(404, null);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        context.responseComplete();
                        return;
                    }
                }
                super.handle();
            }

            @Override
            protected void logException(FacesContext context, Throwable exception, String location,
                    LogReason reason) {
                ErrorReference.log((HttpServletRequest) context.getExternalContext().getRequest(), exception);
            }
        };
    }
}
