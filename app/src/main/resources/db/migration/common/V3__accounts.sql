-- User accounts: the identity that saved searches, notifications and dossiers belong to. Sign-on (OIDC subjects,
-- local credentials) attaches to this table in its own tables, so nothing here changes when it arrives.
create table user_account (
    id uuid primary key,
    display_name varchar(200) not null,
    -- lower case, so that one address is one account
    email varchar(320) not null unique,
    digest varchar(20) not null,
    created_at timestamp with time zone not null
);
