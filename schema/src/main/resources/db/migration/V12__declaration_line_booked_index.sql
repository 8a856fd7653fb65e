-- The console's lines behind an invoice line (issue 13) ask for the accepted lines of a period
-- booked on one municipality, provider and product: the lines that reverse nothing by their own
-- columns, the credits by their debit's. The period index of V7 answered that by reading every
-- accepted line of the period and fetching its row (287 ms at 100k lines on H2, seconds at 1M).
-- This index replaces it with the same leading columns, so settle's fingerprint aggregate still
-- reads the index alone (line_id, dc and reverses_line_id are in it) and ingest still maintains
-- one index for the period: after verdict comes reverses_line_id, so the lines that reverse
-- nothing (NULL) are one range, ordered by municipality, provider, law, category and code, and the
-- period's credits (not NULL) another.
drop index declaration_line_period;
create index declaration_line_period on declaration_line (settlement_period, verdict, reverses_line_id,
    municipality_code, provider_agb, law, category, code, line_id, dc);
