-- Roles, local credentials and OIDC subjects of user accounts. Nothing here is updated by anything but sign-in.
create table account_role (
    account_id uuid not null references user_account (id),
    role varchar(40) not null,
    primary key (account_id, role)
);

create table local_credential (
    account_id uuid primary key references user_account (id),
    -- with the encoder's {id} prefix, so that the algorithm can change without a migration
    password_hash varchar(200) not null,
    -- the TOTP secret, encrypted (AES-GCM) with the installation's key; null until enrolment starts
    totp_secret varchar(200),
    totp_confirmed_at timestamp with time zone,
    -- the last time step a code was accepted for: a code is good once
    totp_last_step bigint,
    failed_attempts integer not null,
    locked_until timestamp with time zone,
    changed_at timestamp with time zone not null
);

create table oidc_identity (
    issuer varchar(500) not null,
    subject varchar(255) not null,
    account_id uuid not null references user_account (id),
    created_at timestamp with time zone not null,
    primary key (issuer, subject)
);
