-- The personal calendar feed of Mijn agenda: only the SHA-256 of its secret token is kept (hex), so a copy of the
-- database opens no feed; one feed per account, replaced when the member asks for a new link.
create table agenda_feed (
    account_id uuid primary key references user_account (id) on delete cascade,
    token_hash varchar(64) not null unique,
    created_at timestamp with time zone not null
);

-- Which member was told of which paper on which meeting's agenda, so that a paper changed or linked again is told once.
create table agenda_paper_notice (
    account_id uuid not null references user_account (id) on delete cascade,
    paper_id uuid not null references paper (id),
    meeting_id uuid not null references meeting (id),
    notified_at timestamp with time zone not null,
    primary key (account_id, paper_id, meeting_id)
);
