package org.caresettle.batch.console;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused, without a password check, after too many failures for the name or the address. */
class SignInThrottledException extends AuthenticationException {

    SignInThrottledException() {
        super("too many failed sign-ins, try again later");
    }
}
