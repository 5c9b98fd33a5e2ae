package org.peersupport.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidHtmlResponseWriterTest {

    @Test
    void aDataTableCellsGridcellRoleIsLeftOutAndOtherRolesKept() {
        assertThat(ValidHtmlResponseWriter.forbidden("td", "role", "gridcell")).isTrue();
        assertThat(ValidHtmlResponseWriter.forbidden("td", "role", "presentation")).isFalse();
        assertThat(ValidHtmlResponseWriter.forbidden("div", "role", "gridcell")).isFalse();
        assertThat(ValidHtmlResponseWriter.forbidden("td", "class", "gridcell")).isFalse();
    }

    @Test
    void aLabelForASelectMenusComboboxLosesOnlyItsFor() {
        assertThat(ValidHtmlResponseWriter.forbidden("label", "for", "form:timeZone_label")).isTrue();
        assertThat(ValidHtmlResponseWriter.forbidden("label", "for", "form:email")).isFalse();
        assertThat(ValidHtmlResponseWriter.forbidden("label", "id", "form:x_label")).isFalse();
    }

    @Test
    void aReferenceToAPopUpPanelMadeByScriptIsLeftOutAndOtherReferencesKept() {
        assertThat(ValidHtmlResponseWriter.forbidden("input", "aria-controls", "create:startDate_panel")).isTrue();
        assertThat(ValidHtmlResponseWriter.forbidden("input", "aria-controls", "form:timeZone_table")).isTrue();
        assertThat(ValidHtmlResponseWriter.forbidden("button", "aria-controls", "accountPanel")).isFalse();
    }

    @Test
    void aMessageListItemStaysAListItem() {
        assertThat(ValidHtmlResponseWriter.forbidden("li", "role", "alert")).isTrue();
        assertThat(ValidHtmlResponseWriter.forbidden("div", "role", "alert")).isFalse();
    }
}
