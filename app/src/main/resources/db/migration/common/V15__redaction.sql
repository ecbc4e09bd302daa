-- Council: a file the public may no longer see because a redacted version (gelakte versie) replaced it in its
-- papers and meetings. The original stays in the store, under restricted access.
create table file_public_version (
    original_file_id uuid primary key,
    public_file_id uuid not null,
    replaced_at timestamp with time zone not null
);
create index file_public_version_public on file_public_version (public_file_id);

-- Redaction: the log of every redaction (who, when, which file) and its boxes with their Woo grounds. What was
-- redacted (the words, a search term) is never kept: that is the information withheld.
create table redaction (
    id uuid primary key,
    paper_id uuid not null,
    original_file_id uuid not null,
    redacted_file_id uuid not null,
    actor_id varchar(300) not null,
    created_at timestamp with time zone not null,
    images_changed integer not null,
    annotations_removed integer not null
);
create index redaction_paper on redaction (paper_id);

create table redaction_box (
    redaction_id uuid not null references redaction (id),
    position integer not null,
    page_number integer not null,
    x double precision not null,
    y double precision not null,
    width double precision not null,
    height double precision not null,
    ground varchar(20) not null,
    note varchar(2000),
    primary key (redaction_id, position)
);
