-- The griffie's exports to the e-Depot, run as background jobs (db-scheduler task archive-export, instance id = id).
create table archive_export (
    id uuid primary key,
    body varchar(300),
    period_from date,
    period_to date,
    requested_by varchar(200) not null,
    status varchar(20) not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    requested_at timestamp with time zone not null,
    finished_at timestamp with time zone,
    directory varchar(1000),
    summary varchar(2000),
    error varchar(2000)
);
create index archive_export_requested on archive_export (requested_at);
