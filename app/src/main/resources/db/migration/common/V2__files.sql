-- Files: metadata of a stored file, its content addressed by SHA-256 in the store on disk, and its text per page.
create table stored_file (
    id uuid primary key,
    body_id uuid,
    source_id varchar(2000) unique,
    raw_hash varchar(64),
    name varchar(2000),
    file_name varchar(1000),
    mime_type varchar(200),
    declared_mime_type varchar(200),
    size_bytes bigint,
    sha256 varchar(64),
    page_count integer,
    language varchar(20),
    text_status varchar(20) not null,
    text_error varchar(2000),
    access_url varchar(2000),
    file_date date,
    created_at timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    deleted_at timestamp with time zone
);
create index stored_file_sha256 on stored_file (sha256);
create index stored_file_status on stored_file (text_status);

create table file_page (
    file_id uuid not null references stored_file (id),
    page_number integer not null,
    text text not null,
    primary key (file_id, page_number)
);

create table import_run (
    id uuid primary key,
    source varchar(2000) not null,
    format varchar(20),
    started_at timestamp with time zone not null,
    finished_at timestamp with time zone,
    status varchar(20) not null,
    created_count integer not null default 0,
    updated_count integer not null default 0,
    unchanged_count integer not null default 0,
    failed_count integer not null default 0,
    report text
);
