-- A toezegging (commitment): what a gedeputeerde promised the Staten, at which agenda item. Imported from a besluit's
-- toezegging or a paper of type toezegging (derived when they are stored), or registered by the griffie.
create table commitment (
    id uuid primary key,
    body_id uuid not null references body (id),
    source_id varchar(2000) unique,
    raw_hash varchar(64),
    text text not null,
    promised_by varchar(500),
    portfolio varchar(500),
    decision_id uuid references decision (id),
    paper_id uuid references paper (id),
    meeting_id uuid references meeting (id),
    agenda_item_id uuid references agenda_item (id),
    commitment_date date,
    created_at timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    deleted_at timestamp with time zone
);
create index commitment_body on commitment (body_id, modified_at);
create index commitment_decision on commitment (decision_id);
create index commitment_paper on commitment (paper_id);

-- The afdoening the griffie keeps for a motie (subject: the paper) or a toezegging (subject: the commitment). Kept
-- apart from the imported objects, so that a re-import never overwrites what the griffie recorded.
create table follow_up (
    subject_id uuid primary key,
    subject_type varchar(20) not null,
    status varchar(20) not null,
    status_date date,
    due_date date,
    note text,
    settled_by_paper_id uuid references paper (id),
    outcome varchar(20),
    modified_at timestamp with time zone not null
);

-- the overviews select motions per body and type
create index paper_body_type on paper (body_id, paper_type);
create index vote_decision on vote (decision_id);
