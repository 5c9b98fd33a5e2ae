package org.peersupport.portal.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import org.peersupport.portal.account.SignedInDevice;
import org.peersupport.portal.account.SignedInDevices;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;

/** member/settings.xhtml, the signed-in devices: sign one out, or every one but this. */
@Named
@ViewScoped
public class DeviceSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SignedInDevices devices;

    @Inject
    private Viewer viewer;

    private List<SignedInDevice> signedIn;
    private String thisDevice;

    @PostConstruct
    void load() {
        thisDevice = SignedInDevices.idOf(SessionKeys.current());
        signedIn = devices.of(viewer.getId());
    }

    public void signOut(String deviceId) {
        // Only this account's rows can go; this device signs out with the header's button instead.
        if (deviceId != null && !deviceId.equals(thisDevice) && devices.signOut(viewer.getId(), deviceId)) {
            Messages.addGlobalInfo(Bundle.text("settings.devices.signedOut"));
        }
        load();
    }

    public void signOutEverywhereElse() {
        SessionKeys.keepSignedIn(devices.signOutEverywhereElse(viewer.getId(), SessionKeys.current()));
        Messages.addGlobalInfo(Bundle.text("settings.devices.signedOutElsewhere"));
        load();
    }

    public boolean isThisDevice(SignedInDevice device) {
        return device.getKeyHash().equals(thisDevice);
    }

    public List<SignedInDevice> getSignedIn() {
        return signedIn;
    }
}
