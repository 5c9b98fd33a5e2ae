package org.peersupport.portal.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.peersupport.portal.account.ErasureRequest;
import org.peersupport.portal.account.ErasureService;

/** The dashboard's banner while an erasure is pending, with the way to cancel it. */
@Named
@RequestScoped
public class ErasureBanner {

    @Inject
    private ErasureService erasures;

    @Inject
    private CurrentMember currentMember;

    private Instant dueAt;

    @PostConstruct
    void load() {
        dueAt = erasures.pending(currentMember.getId()).map(ErasureRequest::getDueAt).orElse(null);
    }

    public String cancel() {
        erasures.cancel(currentMember.getId());
        return "/member/dashboard?faces-redirect=true";
    }

    /** When the pending erasure happens (null: none pending). */
    public Instant getDueAt() {
        return dueAt;
    }
}
