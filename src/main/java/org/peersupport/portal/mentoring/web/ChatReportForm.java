package org.peersupport.portal.mentoring.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.omnifaces.util.Messages;
import org.peersupport.portal.mentoring.ChatLine;
import org.peersupport.portal.mentoring.ChatService;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;

/** Reporting a message one was sent, on the chat page; it starts from a link (?report=), like flags in the forum. */
@Named
@ViewScoped
public class ChatReportForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ChatService chat;

    @Inject
    private ChatPage chatPage;

    @Inject
    private Viewer me;

    private Long reportId;
    private ChatLine reported;
    @Size(max = 500)
    private String reportReason;

    /** viewAction after the chat page's: the message to report, if it is one the reader was sent. */
    public void load() {
        if (reportId != null) {
            reported = chat.line(me.getId(), reportId);
            if (reported.mine() || reported.body() == null) {
                reported = null;
            }
        }
    }

    /** {@code reason}: the reason's input, where a missing reason is shown. */
    public String report(UIComponent reason) {
        if (reportReason == null || reportReason.isBlank()) {
            Messages.addError(reason.getClientId(), Bundle.text("mentoring.chat.report.reasonNeeded"));
            return null;
        }
        chat.report(me.getId(), reportId, reportReason);
        Messages.addFlashGlobalInfo(Bundle.text("mentoring.chat.report.thanks"));
        return chatPage.backToChat();
    }

    public Long getReportId() {
        return reportId;
    }

    public void setReportId(Long reportId) {
        this.reportId = reportId;
    }

    public ChatLine getReported() {
        return reported;
    }

    public String getReportReason() {
        return reportReason;
    }

    public void setReportReason(String reportReason) {
        this.reportReason = reportReason;
    }
}
