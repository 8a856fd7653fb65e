-- Issue 16, bench/RESULTS.md: 1M synthetic declaration lines over 100,000 BSNs and 150,000 allocations,
-- loaded into a PostgreSQL database migrated by the engine (e.g. 'user list' with its --spring.datasource.*).
-- Synthetic BSNs: not all pass the 11-proof; pick one that does for 'inzage'.
insert into inbox_file (file_id, file_name, size_bytes, sha256, content_sha256, outcome, received_at, processed_at, processing_order)
select g, 'f' || g || '.csv', 1000, lpad(g::text, 64, '0'), lpad(g::text, 64, '0'), 'INGESTED', timestamp '2026-09-01', timestamp '2026-09-01', g
from generate_series(1, 1000) g;
insert into declaration (declaration_id, file_id, file_ordinal, source_format, message_id, provider_agb, municipality_code, law, declaration_number, settlement_period, answer_code, awarded_total_cents)
select g, 1 + (g % 1000), 1 + g / 1000, 'CSV', 'm' || g, lpad((10000000 + g % 500)::text, 8, '0'), lpad((g % 342)::text, 4, '0'), 'JW', 'd' || g, '2026-0' || (7 + g % 3), '8001', 0
from generate_series(1, 100000) g;
insert into declaration_line (line_id, declaration_id, line_ordinal, provider_agb, municipality_code, law, settlement_period, bsn, reference, allocation_number, category, code, product_start, product_end, volume, unit, tariff_cents, amount_cents, dc, verdict)
select g, 1 + (g - 1) / 10, 1 + (g - 1) % 10, '10000001', '0405', 'JW', '2026-08', lpad((100000000 + (g::bigint * 7919) % 100000)::text, 9, '0'), 'r' || g, lpad((g % 150000)::text, 7, '0'), '45', '45A01', date '2026-08-01', date '2026-08-31', 10, '04', 8550, 85500, 'D', 'ACCEPTED'
from generate_series(1, 1000000) g;
insert into reference_load (load_id, file_name, sha256, row_count, loaded_at) values (1, 'allocations.csv', lpad('1', 64, '0'), 150000, timestamp '2026-08-01');
insert into allocation (load_id, line_number, allocation_number, municipality_code, bsn, provider_agb, law, category, code, start_date, volume, unit, frequency, status)
select 1, g, lpad(g::text, 7, '0'), lpad((g % 342)::text, 4, '0'), lpad((100000000 + (g::bigint * 7919) % 100000)::text, 9, '0'), '10000001', 'JW', '45', '45A01', date '2026-01-01', 10, '04', '4', 'ACTIVE'
from generate_series(1, 150000) g;

analyze;
