package org.caresettle.batch.privacy;

import java.util.Arrays;
import org.caresettle.batch.exit.RefusedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to write statements or reports under the published example pseudonym key in
 * production (issue 5): with that key anyone can link a pseudonym back to a BSN. Production is
 * the {@code --production} flag ({@code settlement.production=true}) or the Spring profile
 * {@code production}. Outside production the example key keeps the samples and tests simple.
 */
@Component
public class PseudonymKeyGuard {

    /** The key shipped in application.properties, fit for test data only. */
    public static final String EXAMPLE_KEY = "caresettle-example-key-not-secret";

    private final boolean production;
    private final String key;

    PseudonymKeyGuard(@Value("${settlement.production:false}") boolean production,
            @Value("${settlement.pseudonym-key}") String key, Environment environment) {
        this.production = production || Arrays.asList(environment.getActiveProfiles()).contains("production");
        this.key = key;
    }

    /** Called before anything with client pseudonyms is written. */
    public void requireSecretKeyInProduction() {
        if (production && EXAMPLE_KEY.equals(key)) {
            throw new RefusedException("production run with the example pseudonym key: set settlement.pseudonym-key "
                    + "(for example SETTLEMENT_PSEUDONYM_KEY in the environment) to a secret of your own");
        }
    }
}
