package org.caresettle.batch.console;

import org.caresettle.batch.audit.AuditAction;
import org.caresettle.batch.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Every password check of the console, by form or by HTTP Basic, passes here: a name or address
 * with too many recent failures is refused without a check ({@link SignInThrottle}); a failure is
 * counted, logged (never the password) and written to the audit trail as
 * {@link AuditAction#SIGN_IN_FAILED}. Successful sign-ins are audited by {@link SignInSuccess}, only
 * for the form: see there.
 */
class SignInAttempts implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    private final AuthenticationProvider passwordCheck;
    private final SignInThrottle throttle;
    private final AuditTrail audit;

    SignInAttempts(AuthenticationProvider passwordCheck, SignInThrottle throttle, AuditTrail audit) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = TypedNames.safe(attempt.getName());
        SignInDetails from = SignInDetails.of(attempt.getDetails());
        String nameKey = "name:" + name;
        String addressKey = "address:" + from.remoteAddress();
        if (throttle.isRefused(nameKey) || throttle.isRefused(addressKey)) {
            log.warn("sign-in refused for '{}' from {}: too many failed attempts", name, from.remoteAddress());
            audit.record(name, AuditAction.SIGN_IN_FAILED, from.path(), from.remoteAddress(), "throttled");
            throw new SignInThrottledException();
        }
        try {
            Authentication signedIn = passwordCheck.authenticate(attempt);
            throttle.succeed(nameKey);
            return signedIn;
        } catch (AuthenticationException e) {
            int failures = Math.max(throttle.fail(nameKey), throttle.fail(addressKey));
            log.warn("sign-in failed for '{}' from {} ({} recent failures)", name, from.remoteAddress(), failures);
            audit.record(name, AuditAction.SIGN_IN_FAILED, from.path(), from.remoteAddress(), null);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
