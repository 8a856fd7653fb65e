package org.caresettle.batch.console;

import java.util.Set;
import java.util.stream.Collectors;
import org.caresettle.batch.users.ConsoleUser;
import org.caresettle.batch.users.Role;
import org.caresettle.core.value.MunicipalityCode;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the console's MockMvc tests share: a signed-in user without the sign-in form, and amounts
 * written as the pages write them, worked out here independently of the production formatter.
 */
final class SignedInPages {

    private SignedInPages() {
    }

    static RequestPostProcessor signedIn(SignedInUser user) {
        return request -> {
            UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                    user, null, user.getAuthorities());
            SecurityContextHolder.getContext().setAuthentication(authentication);
            request.setUserPrincipal(authentication);
            return request;
        };
    }

    static SignedInUser user(String name, Role role, Set<String> municipalities) {
        return new SignedInUser(new ConsoleUser(name, role,
                municipalities.stream().map(MunicipalityCode::of).collect(Collectors.toSet()), true), "x");
    }

    /** {@code 12345.67} as the pages write it: {@code € 12.345,67}. */
    static String dutchEuro(String amountEur) {
        boolean negative = amountEur.startsWith("-");
        String digits = negative ? amountEur.substring(1) : amountEur;
        String whole = digits.substring(0, digits.indexOf('.'));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + "€ " + grouped + "," + digits.substring(digits.indexOf('.') + 1);
    }
}
