package org.peersupport.portal.account.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peersupport.portal.account.SignedInDevices;

/** A session that ends (sign-out, expiry, ended by a stamp) takes its row in the devices list with it. */
@WebListener
public class SignedInDeviceListener implements HttpSessionListener {

    private static final Logger LOG = Logger.getLogger(SignedInDeviceListener.class.getName());

    @Inject
    private SignedInDevices devices;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        try {
            if (event.getSession().getAttribute(SessionStampFilter.DEVICE_KEY) instanceof String key) {
                devices.forget(key);
            }
        } catch (RuntimeException e) {
            // The list leaves out rows older than the session timeout anyway; a lost delete only lingers.
            LOG.log(Level.FINE, "Could not forget an ended session's device row", e);
        }
    }
}
