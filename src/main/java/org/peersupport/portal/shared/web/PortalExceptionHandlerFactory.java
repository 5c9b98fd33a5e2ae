package org.peersupport.portal.shared.web;

import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.omnifaces.util.Exceptions;
import org.peersupport.portal.shared.NotFoundException;
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
            /** A page load of something not found (or not to be revealed) answers a real 404. */
            @Override
            public void handle() {
                FacesContext context = FacesContext.getCurrentInstance();
                if (context != null && !context.getPartialViewContext().isAjaxRequest()) {
                    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                    while (events.hasNext()) {
                        if (Exceptions.is(events.next().getContext().getException(), NotFoundException.class)) {
                            events.remove();
                            try {
                                context.getExternalContext().responseSendError(404, null);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                            context.responseComplete();
                            return;
                        }
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
