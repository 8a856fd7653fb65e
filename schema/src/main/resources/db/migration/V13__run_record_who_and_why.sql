-- Issue 14 item 4, a run record that answers an auditor: who started the run, why (where a reason
-- was given) and which settlement versions and previews it wrote. All nullable: rows of runs from
-- before this migration have none of them. The same texts go into runs/<run-id>.json.
-- (Kept in one file so that renumbering it at a merge is a rename.)

-- cli:<OS user> for the command line, schedule for serve's nightly, the console's user for a run
-- the console starts.
alter table run_log add column requested_by varchar(200);
-- The --reason given, as given (at most 500 characters).
alter table run_log add column reason varchar(500);
-- {"versions":[{"period":"2026-08","version":2}],"previews":[...]}, written when the run ends.
alter table run_log add column written_json varchar(100000);
