package org.caresettle.batch.users;

import java.util.Set;
import java.util.TreeSet;
import org.caresettle.core.value.MunicipalityCode;

/**
 * A person who signs in to the console: a name, one role and, for {@link Role#MUNICIPALITY}, the
 * municipalities (CBS codes) whose figures they may see. The password hash never leaves the store.
 */
public record ConsoleUser(String username, Role role, Set<MunicipalityCode> municipalities, boolean enabled) {

    public ConsoleUser {
        municipalities = Set.copyOf(municipalities);
        if (role == Role.MUNICIPALITY && municipalities.isEmpty()) {
            throw new IllegalArgumentException("a municipality user needs at least one municipality");
        }
        if (role != Role.MUNICIPALITY && !municipalities.isEmpty()) {
            throw new IllegalArgumentException("only a municipality user is scoped to municipalities");
        }
    }

    /** The codes in order, for lists and the audit trail. */
    public Set<String> municipalityCodes() {
        Set<String> codes = new TreeSet<>();
        municipalities.forEach(code -> codes.add(code.toString()));
        return codes;
    }
}
