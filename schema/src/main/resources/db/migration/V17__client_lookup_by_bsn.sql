-- Issue 16 item 4, inzage (AVG article 15): everything the engine holds about one person, found by
-- their BSN. Without these indexes the lookup reads every declaration line (a million at national
-- size) and every allocation of every reference load; with them it reads that person's rows only.
create index declaration_line_bsn on declaration_line (bsn);
create index allocation_bsn on allocation (bsn);
