-- The place of each inbox file in processing order (SPEC 4), which files.csv follows. It used to
-- be file_id, but a partitioned ingest (issues 6, 7) records the files of different providers
-- concurrently, so ids no longer come in file-name order; the ingest now hands out the order
-- itself: a run's files take the next numbers in the order its inbox scan lists them.
alter table inbox_file add column processing_order bigint;
update inbox_file set processing_order = file_id;
alter table inbox_file alter column processing_order set not null;
alter table inbox_file add constraint inbox_file_processing_order unique (processing_order);
