package org.caresettle.batch.rerun;

import java.util.Locale;
import org.caresettle.batch.exit.RefusedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code settlement.publish=auto|approval} (issue 14; {@code SETTLEMENT_PUBLISH} in the environment):
 * whether {@code settle} and {@code nightly} publish a period's next version at once ({@code auto}, the
 * default) or leave it as a rerun request that waits for a second person's approval. Any other value
 * stops the start (exit 2): a typo must not publish what was meant to wait.
 */
@Component
public class PublishSetting {

    static final String PROPERTY = "settlement.publish";

    private final boolean approval;

    PublishSetting(@Value("${" + PROPERTY + ":auto}") String value) {
        this.approval = switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "auto" -> false;
            case "approval" -> true;
            default -> throw new RefusedException(PROPERTY + "=" + value + " is not a publication setting: use auto"
                    + " (publish at once) or approval (a second person approves each version)");
        };
    }

    /** Whether a new version waits for approval. */
    public boolean approval() {
        return approval;
    }
}
