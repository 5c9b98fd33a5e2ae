package org.peersupport.portal.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Fired once at start-up when demo data is asked for (portal.demo-data=true) and the database is
 * still empty. Each feature observes it and adds its own demo records; sign-in lines are collected
 * so that start-up can print them.
 */
public final class DemoDataRequested {

    private final List<String> signInLines = new ArrayList<>();

    public void addSignIn(String line) {
        signInLines.add(line);
    }

    public List<String> signInLines() {
        return Collections.unmodifiableList(signInLines);
    }
}
