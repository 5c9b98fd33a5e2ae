package org.peersupport.portal.shared.web;

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
            @Override
            protected void logException(FacesContext context, Throwable exception, String location,
                    LogReason reason) {
                ErrorReference.log((HttpServletRequest) context.getExternalContext().getRequest(), exception);
            }
        };
    }
}
