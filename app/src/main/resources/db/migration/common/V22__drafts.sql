-- Drafts (concepten) that members co-edit. The text lives in an Automerge document: document is its last compacted
-- save, draft_change the changes merged since, in order; loading is the save plus the changes, and every so many
-- changes they are folded into a new save (JdbcDrafts.COMPACT_AFTER).
create table draft (
    id uuid primary key,
    kind varchar(30) not null,
    title varchar(300) not null,
    owner_account_id uuid not null references user_account (id),
    document bytea not null,
    created_at timestamp with time zone not null,
    modified_at timestamp with time zone not null
);
create index draft_owner on draft (owner_account_id);

create table draft_change (
    draft_id uuid not null references draft (id),
    seq bigint not null,
    changes bytea not null,
    primary key (draft_id, seq)
);

-- the accounts the owner invited; the owner is not listed here
create table draft_participant (
    draft_id uuid not null references draft (id),
    account_id uuid not null references user_account (id),
    added_at timestamp with time zone not null,
    primary key (draft_id, account_id)
);
create index draft_participant_account on draft_participant (account_id);
