-- Dossiers: a named set of saved searches and pinned papers (stukken) of one user, that follows a topic over years.
-- share_token is the secret of its public read-only link (null: no link); dossier_share the accounts it is shared
-- with (read only).
create table dossier (
    id uuid primary key,
    account_id uuid not null references user_account (id) on delete cascade,
    name varchar(200) not null,
    share_token varchar(64) unique,
    created_at timestamp with time zone not null,
    modified_at timestamp with time zone not null
);
create index dossier_account on dossier (account_id);

create table dossier_saved_search (
    dossier_id uuid not null references dossier (id) on delete cascade,
    saved_search_id uuid not null references saved_search (id) on delete cascade,
    added_at timestamp with time zone not null,
    primary key (dossier_id, saved_search_id)
);

create table dossier_paper (
    dossier_id uuid not null references dossier (id) on delete cascade,
    paper_id uuid not null references paper (id),
    note varchar(2000),
    pinned_at timestamp with time zone not null,
    primary key (dossier_id, paper_id)
);

create table dossier_share (
    dossier_id uuid not null references dossier (id) on delete cascade,
    account_id uuid not null references user_account (id) on delete cascade,
    shared_at timestamp with time zone not null,
    primary key (dossier_id, account_id)
);
create index dossier_share_account on dossier_share (account_id);
