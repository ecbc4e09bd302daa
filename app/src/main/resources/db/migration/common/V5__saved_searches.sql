-- Saved searches (zoekopdrachten) of users, with alerts (attenderingen): the query and its filters as
-- nl.statenwerk.search.SearchQuery has them, and when its alerts were last checked (null until the first check,
-- which sets the baseline).
create table saved_search (
    id uuid primary key,
    account_id uuid not null references user_account (id) on delete cascade,
    name varchar(200) not null,
    query_text varchar(1000) not null,
    object_type varchar(100),
    year_of integer,
    from_date date,
    to_date date,
    body_name varchar(500),
    meeting_type varchar(100),
    fractie varchar(500),
    vote_result varchar(100),
    alerts boolean not null,
    created_at timestamp with time zone not null,
    last_checked_at timestamp with time zone
);
create index saved_search_account on saved_search (account_id);

-- The objects a saved search's alert check has seen (notified, or there at the baseline), kept for as long as a
-- check's overlap window can return them again, so that no object is notified twice.
create table saved_search_seen (
    saved_search_id uuid not null references saved_search (id) on delete cascade,
    object_id varchar(100) not null,
    seen_at timestamp with time zone not null,
    primary key (saved_search_id, object_id)
);
create index saved_search_seen_at on saved_search_seen (seen_at);
