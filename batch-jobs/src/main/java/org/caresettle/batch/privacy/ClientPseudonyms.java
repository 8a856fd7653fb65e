package org.caresettle.batch.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.caresettle.batch.exit.RefusedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The client's name in every statement and report (SPEC 11): HMAC-SHA256 of the BSN under the key
 * of {@code settlement.pseudonym-key}, as hex, first {@value #LENGTH} characters. A plain hash
 * would not do: there are only a few hundred million BSNs, so anyone could hash them all and look
 * a pseudonym up. With a secret key the same client gets the same pseudonym in every file (finance
 * staff can follow a client), while only the key holder can link it to a person. 64 bits keep
 * collisions out of reach for any realistic number of clients.
 */
@Component
public class ClientPseudonyms {

    public static final int LENGTH = 16;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    /**
     * One initialised MAC per thread, reused (doFinal leaves it ready for the next BSN): looking the
     * algorithm up and initialising it anew for every detail line was ~4% of a 1M-line settle's CPU.
     */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public ClientPseudonyms(@Value("${settlement.pseudonym-key}") String key) {
        if (key == null || key.isBlank()) {
            throw new RefusedException("settlement.pseudonym-key is empty: set a secret key for client pseudonyms");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The pseudonym of a BSN (9 digits as stored). */
    public String of(String bsn) {
        byte[] digest = macs.get().doFinal(bsn.getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(digest, 0, LENGTH / 2);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has " + ALGORITHM, e);
        }
    }
}
