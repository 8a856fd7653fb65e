package org.caresettle.batch.console;

import java.util.Collection;
import java.util.List;
import org.caresettle.batch.users.ConsoleUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in console user, as Spring Security keeps it in the session or
 * builds it for one HTTP Basic call: the {@link ConsoleUser} and its password hash for the check.
 * Pages take it as {@code @AuthenticationPrincipal SignedInUser} and ask its {@link #viewer()}.
 */
public record SignedInUser(ConsoleUser user, String passwordHash) implements UserDetails {

    public Viewer viewer() {
        return new Viewer(user);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return user.enabled();
    }

    /** Never the hash in a log line or an error page. */
    @Override
    public String toString() {
        return "SignedInUser[" + user + "]";
    }
}
