-- How each user wants each kind of notification (NotificationKind): in the application only (APP), also in the daily
-- digest (APP_AND_DIGEST), or not at all (OFF). A kind without a row follows the account's digest preference, so
-- accounts from before these settings keep what they had.
create table notification_setting (
    account_id uuid not null references user_account (id) on delete cascade,
    kind varchar(40) not null,
    delivery varchar(20) not null,
    primary key (account_id, kind)
);

-- When a user's daily digest goes out (digest_at, HH:mm Dutch time; null for the installation's default) and the
-- Dutch day it last went out: the job claims the day here before it sends, so that nobody gets two digests on one
-- day, however often the job runs or restarts.
create table digest_schedule (
    account_id uuid primary key references user_account (id) on delete cascade,
    digest_at varchar(5),
    last_sent_on date
);
