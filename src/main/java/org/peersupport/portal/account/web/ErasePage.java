package org.peersupport.portal.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.omnifaces.util.Messages;
import org.peersupport.portal.account.ErasureRefusedException;
import org.peersupport.portal.account.ErasureRequest;
import org.peersupport.portal.account.ErasureService;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;

/** member/erase.xhtml: the member asks for erasure with their password, or cancels it. */
@Named
@ViewScoped
public class ErasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ErasureService erasures;

    @Inject
    private Viewer viewer;

    private String password;
    private Instant dueAt;
    private boolean held;

    @PostConstruct
    void load() {
        ErasureRequest pending = erasures.pending(viewer.getId()).orElse(null);
        dueAt = pending == null ? null : pending.getDueAt();
        held = pending != null && pending.isHeld();
    }

    public void ask(UIComponent passwordInput) {
        try {
            erasures.request(viewer.getId(), password);
        } catch (ErasureRefusedException refused) {
            Messages.addError(passwordInput.getClientId(), Bundle.text(refused.getReasonKey()));
            return;
        } finally {
            password = null;
        }
        load();
        Messages.addGlobalInfo(Bundle.text("erase.asked"));
    }

    public void cancel() {
        boolean cancelled = erasures.cancel(viewer.getId());
        load();
        Messages.addGlobalInfo(Bundle.text(cancelled ? "erase.cancelled" : "erase.error.nothingPending"));
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** When the pending erasure happens (null: none pending). */
    public Instant getDueAt() {
        return dueAt;
    }

    public boolean isHeld() {
        return held;
    }
}
