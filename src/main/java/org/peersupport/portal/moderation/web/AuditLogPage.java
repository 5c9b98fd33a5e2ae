package org.peersupport.portal.moderation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.peersupport.portal.shared.audit.AuditTrail;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** admin/audit.xhtml: the audit trail, newest first, read-only. */
@Named
@ViewScoped
public class AuditLogPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditTrail audit;

    private final LazyDataModel<AuditTrail.AuditLine> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(audit.count());
        }

        @Override
        public List<AuditTrail.AuditLine> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return audit.page(first, pageSize);
        }
    };

    public LazyDataModel<AuditTrail.AuditLine> getEntries() {
        return entries;
    }
}
