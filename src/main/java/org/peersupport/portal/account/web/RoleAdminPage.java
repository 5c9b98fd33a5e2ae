package org.peersupport.portal.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.Role;
import org.peersupport.portal.shared.NotPermittedException;
import org.peersupport.portal.shared.web.Bundle;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** admin/roles.xhtml: grant and remove roles, one page of accounts at a time. Every change is audited. */
@Named
@ViewScoped
public class RoleAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private CurrentMember currentMember;

    private final LazyDataModel<Account> people = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(accounts.countForAdmin(search));
        }

        @Override
        public List<Account> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return accounts.pageForAdmin(search, first, pageSize);
        }
    };

    private String search;

    public void toggle(Account account, Role role) {
        String roleName = Bundle.text("role." + role.name());
        try {
            if (account.holds(role)) {
                accounts.revokeRole(currentMember.getId(), account.getId(), role);
                Messages.addGlobalInfo(Bundle.text("admin.roles.revoked", roleName, account.getDisplayName()));
            } else {
                accounts.grantRole(currentMember.getId(), account.getId(), role);
                Messages.addGlobalInfo(Bundle.text("admin.roles.granted", roleName, account.getDisplayName()));
            }
        } catch (NotPermittedException e) {
            Messages.addGlobalError(Bundle.text("admin.roles.notPermitted"));
        }
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public LazyDataModel<Account> getPeople() {
        return people;
    }
}
