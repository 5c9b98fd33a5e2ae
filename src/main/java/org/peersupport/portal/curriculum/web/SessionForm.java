package org.peersupport.portal.curriculum.web;

import java.io.Serializable;
import java.util.List;
import org.peersupport.portal.curriculum.CurriculumSession;
import org.peersupport.portal.curriculum.SessionContent;

/** The curriculum page's session form: empty while adding a session, filled while editing one. */
public class SessionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The session in the form: null while adding a new one. */
    private Long editingId;
    /** Its number, for the form's heading; follows the session when sessions move. */
    private int editingNumber;
    private String title;
    private String topic;
    private String psychoeducation;
    private String exercises;
    private String homework;

    void fill(CurriculumSession session) {
        editingId = session.getId();
        editingNumber = session.getNumber();
        title = session.getTitle();
        topic = session.getTopic();
        psychoeducation = session.getPsychoeducation();
        exercises = session.getExercises();
        homework = session.getHomework();
    }

    void clear() {
        editingId = null;
        editingNumber = 0;
        title = null;
        topic = null;
        psychoeducation = null;
        exercises = null;
        homework = null;
    }

    /** After the sessions changed: the edited one's number now, or 0 if it is gone. */
    void renumber(List<SessionTexts> sessions) {
        editingNumber = sessions.stream().filter(s -> s.id().equals(editingId)).mapToInt(SessionTexts::number).findFirst().orElse(0);
    }

    SessionContent content() {
        return new SessionContent(title, topic, psychoeducation, exercises, homework);
    }

    Long editingId() {
        return editingId;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public int getEditingNumber() {
        return editingNumber;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getPsychoeducation() {
        return psychoeducation;
    }

    public void setPsychoeducation(String psychoeducation) {
        this.psychoeducation = psychoeducation;
    }

    public String getExercises() {
        return exercises;
    }

    public void setExercises(String exercises) {
        this.exercises = exercises;
    }

    public String getHomework() {
        return homework;
    }

    public void setHomework(String homework) {
        this.homework = homework;
    }
}
