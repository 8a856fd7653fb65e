-- The identity of this database and the --out folder it writes to (issue 11). A database and its
-- output folder belong together: the answers, files.csv and statement versions in the folder are
-- what this database remembers having written. On first use a run stores a random id here and
-- writes the same id into OUT/.settlement-owner; every later run that writes to --out checks that
-- the two agree before it writes anything. One row, keyed by a fixed name like run_lock.
create table database_identity (
    identity_name varchar(40)   not null,
    -- A random UUID, as text so both databases keep it the same way.
    database_id   varchar(36)   not null,
    -- The absolute --out path at the claim: to name it when another folder is given, and to let a
    -- run interrupted between storing this row and writing the marker complete its claim.
    out_folder    varchar(4000) not null,
    claimed_at    timestamp     not null,
    constraint database_identity_pk primary key (identity_name)
);
