package org.caresettle.batch.users;

import static org.caresettle.schema.jooq.Tables.CONSOLE_USER;
import static org.caresettle.schema.jooq.Tables.CONSOLE_USER_MUNICIPALITY;
import static org.caresettle.schema.jooq.Tables.MUNICIPALITY;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.schema.jooq.tables.records.ConsoleUserRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The console's local users (issue 13): {@code console_user} and the municipalities of a
 * municipality user in {@code console_user_municipality}. Users are disabled, never deleted, so the
 * audit trail's names keep meaning someone. Times are kept in UTC.
 */
@Repository
public class UserStore {

    private final DSLContext dsl;
    private final Clock clock;

    UserStore(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Adds a user; false when the name is taken. */
    @Transactional
    public boolean add(ConsoleUser user, String passwordHash) {
        if (dsl.fetchExists(CONSOLE_USER, CONSOLE_USER.USERNAME.eq(user.username()))) {
            return false;
        }
        LocalDateTime now = now();
        dsl.insertInto(CONSOLE_USER)
                .set(CONSOLE_USER.USERNAME, user.username())
                .set(CONSOLE_USER.PASSWORD_HASH, passwordHash)
                .set(CONSOLE_USER.ROLE, user.role().name())
                .set(CONSOLE_USER.ENABLED, user.enabled())
                .set(CONSOLE_USER.CREATED_AT, now)
                .set(CONSOLE_USER.CHANGED_AT, now)
                .execute();
        for (String code : user.municipalityCodes()) {
            dsl.insertInto(CONSOLE_USER_MUNICIPALITY)
                    .set(CONSOLE_USER_MUNICIPALITY.USERNAME, user.username())
                    .set(CONSOLE_USER_MUNICIPALITY.MUNICIPALITY_CODE, code)
                    .execute();
        }
        return true;
    }

    /** The user with its password hash, for the sign-in check. */
    public Optional<StoredUser> find(String username) {
        return dsl.selectFrom(CONSOLE_USER).where(CONSOLE_USER.USERNAME.eq(username)).fetchOptional()
                .map(row -> new StoredUser(toUser(row, municipalitiesOf(username)), row.getPasswordHash()));
    }

    /** Every user by name, without hashes. */
    public List<ConsoleUser> list() {
        Map<String, Set<MunicipalityCode>> municipalities = dsl.selectFrom(CONSOLE_USER_MUNICIPALITY).fetch().stream()
                .collect(Collectors.groupingBy(row -> row.getUsername(),
                        Collectors.mapping(row -> MunicipalityCode.of(row.getMunicipalityCode()), Collectors.toSet())));
        return dsl.selectFrom(CONSOLE_USER).orderBy(CONSOLE_USER.USERNAME).fetch().stream()
                .map(row -> toUser(row, municipalities.getOrDefault(row.getUsername(), Set.of())))
                .toList();
    }

    /** Disables a user: they can no longer sign in. False when there is no such user. */
    public boolean disable(String username) {
        return dsl.update(CONSOLE_USER)
                .set(CONSOLE_USER.ENABLED, false)
                .set(CONSOLE_USER.CHANGED_AT, now())
                .where(CONSOLE_USER.USERNAME.eq(username))
                .execute() == 1;
    }

    /** Sets a new password hash. False when there is no such user. */
    public boolean changePassword(String username, String passwordHash) {
        return dsl.update(CONSOLE_USER)
                .set(CONSOLE_USER.PASSWORD_HASH, passwordHash)
                .set(CONSOLE_USER.CHANGED_AT, now())
                .where(CONSOLE_USER.USERNAME.eq(username))
                .execute() == 1;
    }

    /**
     * The codes among {@code codes} that the loaded municipality reference file (its latest load)
     * does not name; none while no reference data is loaded, so users can be added before the first run.
     */
    public Set<String> unknownMunicipalities(Set<MunicipalityCode> codes) {
        Long latestLoad = dsl.select(DSL.max(MUNICIPALITY.LOAD_ID)).from(MUNICIPALITY).fetchOne(0, Long.class);
        if (latestLoad == null) {
            return Set.of();
        }
        Set<String> known = new HashSet<>(dsl.select(MUNICIPALITY.MUNICIPALITY_CODE).from(MUNICIPALITY)
                .where(MUNICIPALITY.LOAD_ID.eq(latestLoad)).fetch(MUNICIPALITY.MUNICIPALITY_CODE));
        Set<String> unknown = new TreeSet<>();
        codes.forEach(code -> {
            if (!known.contains(code.toString())) {
                unknown.add(code.toString());
            }
        });
        return unknown;
    }

    private Set<MunicipalityCode> municipalitiesOf(String username) {
        return dsl.select(CONSOLE_USER_MUNICIPALITY.MUNICIPALITY_CODE).from(CONSOLE_USER_MUNICIPALITY)
                .where(CONSOLE_USER_MUNICIPALITY.USERNAME.eq(username))
                .fetchSet(row -> MunicipalityCode.of(row.value1()));
    }

    private static ConsoleUser toUser(ConsoleUserRecord row, Set<MunicipalityCode> municipalities) {
        return new ConsoleUser(row.getUsername(), Role.valueOf(row.getRole()), municipalities, row.getEnabled());
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
