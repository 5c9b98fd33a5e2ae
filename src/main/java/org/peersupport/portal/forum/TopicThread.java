package org.peersupport.portal.forum;

import java.util.List;

/** One page of a topic as a reader sees it. */
public record TopicThread(Topic topic, Forum forum, List<PostView> posts, int page, boolean hasNext, int lastPage,
        int leftOutByPreference) {

    // Bean-style accessors: Expressly 5 resolves record components only as method calls, which look
    // the method up by reflection on every evaluation; properties are cached.

    public Topic getTopic() {
        return topic;
    }

    public Forum getForum() {
        return forum;
    }

    public List<PostView> getPosts() {
        return posts;
    }

    public int getPage() {
        return page;
    }

    public boolean isNextPage() {
        return hasNext;
    }

    public int getLastPage() {
        return lastPage;
    }

    /** Posts on this page left out because they carry a warning the reader hides. */
    public int getLeftOutByPreference() {
        return leftOutByPreference;
    }
}
