package org.peersupport.portal.forum;

import java.util.List;

/** One page of a topic as a reader sees it. */
public record TopicThread(Topic topic, Forum forum, List<PostView> posts, int page, boolean hasNext, int lastPage) {}
