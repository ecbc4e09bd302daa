-- In-app notifications (meldingen) per user. emailed_at is set when the daily digest sent one, so the digest mails
-- every notification at most once; read_at when the user saw it in the application.
create table notification (
    id uuid primary key,
    account_id uuid not null references user_account (id) on delete cascade,
    kind varchar(40) not null,
    topic varchar(200) not null,
    title varchar(2000) not null,
    url varchar(2000) not null,
    object_id varchar(100),
    created_at timestamp with time zone not null,
    read_at timestamp with time zone,
    emailed_at timestamp with time zone
);
create index notification_account on notification (account_id, created_at);
create index notification_unsent on notification (emailed_at, read_at);
