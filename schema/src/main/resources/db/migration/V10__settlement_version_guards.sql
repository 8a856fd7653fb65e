-- Issue 11. What a published version's files must still be, and the input fingerprints known to
-- give its statements.
--
-- manifest_sha256: SHA-256 of the version's manifest.csv as it was published. The manifest lists
-- every other file with its SHA-256, so this one hash covers the whole folder: every run that
-- settles the period checks the folder against it and stops, naming the file, when it changed.
-- statements_sha256: SHA-256 of the invoices, payments and details without their version column:
-- a rerun whose statements come out the same writes no new version (SPEC 10).
-- Both are empty for versions stored before this migration.
alter table settlement_version add column manifest_sha256 char(64);
alter table settlement_version add column statements_sha256 char(64);

-- Input fingerprints besides the version's own input_sha256 that were settled again and gave
-- statements identical to the version's: the next run with such inputs is "unchanged" at once.
-- Rows are only inserted; settlement_version is never updated.
create table settlement_version_input (
    version_id   bigint   not null,
    input_sha256 char(64) not null,
    constraint settlement_version_input_pk primary key (version_id, input_sha256),
    constraint settlement_version_input_version_fk foreign key (version_id) references settlement_version (version_id)
);
