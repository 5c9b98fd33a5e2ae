package org.peersupport.portal.shared.web;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts from the one resource bundle (i18n/messages), in the language of the current view. */
public final class Bundle {

    public static final String NAME = "i18n.messages";

    private Bundle() {}

    public static String text(FacesContext context, String key, Object... arguments) {
        return text(context.getViewRoot().getLocale(), key, arguments);
    }

    /** In a given language: before the render phase (a viewAction) the view's locale is not set yet. */
    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(NAME, locale);
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    public static String text(String key, Object... arguments) {
        return text(FacesContext.getCurrentInstance(), key, arguments);
    }
}
