-- Which person in the council's data an account is: the griffie links them, and the person's memberships then decide
-- what the account may read beyond its roles (besloten papers of its body, its fractie's internal papers).
create table account_person (
    account_id uuid primary key references user_account (id),
    person_id uuid not null unique references person (id),
    linked_at timestamp with time zone not null
);
