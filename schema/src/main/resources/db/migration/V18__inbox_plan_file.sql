-- The files of each part of a partitioned ingest (issue 17), in the part's processing order. They
-- were lists in the part's execution context, which Spring Batch writes whole to the job
-- repository at every chunk: for a part of a thousand files about 100 kB per chunk, so a part's
-- cost grew with the square of its files. The context now names the plan and the part only.
-- plan_id is the job execution that made the plan; a part's rows go when the part completes.
create table inbox_plan_file (
    plan_id           bigint        not null,
    part              integer       not null,
    place_in_part     integer       not null,
    file_name         varchar(255)  not null,
    processing_order  bigint        not null,
    size_bytes        bigint        not null,
    sha256            char(64)      not null,
    constraint inbox_plan_file_pk primary key (plan_id, part, place_in_part)
);
