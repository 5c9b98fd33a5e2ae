package org.peersupport.portal.curriculum.web;

import java.io.Serializable;
import org.peersupport.portal.shared.markdown.SafeMarkdown;
import org.peersupport.portal.shared.web.SafeHtml;

/** A session as pages show it: its Markdown texts rendered and sanitised by the forum's renderer. */
public record SessionTexts(Long id, int number, String title, String topic, SafeHtml psychoeducation, SafeHtml exercises,
        SafeHtml homework) implements Serializable {

    static SessionTexts of(Long id, int number, String title, String topic, String psychoeducation, String exercises, String homework) {
        return new SessionTexts(id, number, title, topic, markup(psychoeducation), markup(exercises), markup(homework));
    }

    static SafeHtml markup(String markdown) {
        return SafeHtml.sanitized(SafeMarkdown.render(markdown).html());
    }

    public boolean hasExercises() {
        return !exercises.html().isEmpty();
    }

    public boolean hasHomework() {
        return !homework.html().isEmpty();
    }
}
