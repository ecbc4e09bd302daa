-- Fixity: the last re-verification of each stored content (by SHA-256, as the store keeps it): when, and whether the
-- bytes on disk still hash to their name (OK), hash to something else (CORRUPT) or are gone (MISSING).
create table fixity_check (
    sha256 varchar(64) primary key,
    result varchar(20) not null,
    actual_sha256 varchar(64),
    checked_at timestamp with time zone not null
);
create index fixity_check_result on fixity_check (result);

-- Where the current round is: the last content checked (contents are checked in order of their hash), so a restart
-- resumes the round instead of starting it over. One row.
create table fixity_round (
    id integer primary key,
    cursor_sha256 varchar(64),
    started_at timestamp with time zone,
    last_completed_at timestamp with time zone
);
insert into fixity_round (id) values (1);
