package org.peersupport.portal.mentoring.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * The matching weights admins set in configuration ({@code portal.matching.weight.*}, see
 * {@link MatchWeights}); read on every use, so a changed configuration source counts at the next run.
 */
@ApplicationScoped
public class MatchingSettings {

    @Inject
    Config config;

    @Produces
    @Dependent
    public MatchWeights weights() {
        return MatchWeights.fromConfig(key -> config.getOptionalValue(key, String.class));
    }
}
