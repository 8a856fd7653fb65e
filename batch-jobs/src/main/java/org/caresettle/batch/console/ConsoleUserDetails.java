package org.caresettle.batch.console;

import org.caresettle.batch.users.UserStore;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** The console's users for Spring Security: from the {@link UserStore}, as {@link SignedInUser}. */
class ConsoleUserDetails implements UserDetailsService {

    private final UserStore users;

    ConsoleUserDetails(UserStore users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.find(username)
                .map(stored -> new SignedInUser(stored.user(), stored.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
