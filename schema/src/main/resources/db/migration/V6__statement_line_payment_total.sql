-- A payment statement's TOTAL line belongs to a provider, not to a municipality (SPEC 9), so
-- statement_line.municipality_code may be empty on PAYMENT lines. Invoice lines always have one.
alter table statement_line alter column municipality_code drop not null;
