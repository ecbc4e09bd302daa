-- Retention and destruction under the Archiefwet: legal holds, destruction lists (vernietigingslijsten) with their
-- records, and the destruction records (verklaringen van vernietiging), which are never removed.

-- A legal hold keeps records from destruction: one paper or meeting (target its id), every record of a body (target
-- the body's id) or of a category of the selection list (target its code). Lifting keeps the row, for the record.
create table legal_hold (
    id uuid primary key,
    scope varchar(20) not null check (scope in ('PAPER', 'MEETING', 'BODY', 'CATEGORY')),
    target varchar(100) not null,
    reason varchar(2000) not null,
    placed_by varchar(200) not null,
    placed_at timestamp with time zone not null,
    lifted_by varchar(200),
    lifted_at timestamp with time zone,
    check ((lifted_by is null) = (lifted_at is null))
);
create index legal_hold_target on legal_hold (scope, target);

-- One list per body at a time is a draft; approval needs an approver, destruction an approved list.
create table destruction_list (
    id uuid primary key,
    body_id uuid not null references body (id),
    state varchar(20) not null check (state in ('DRAFT', 'APPROVED', 'DESTROYED')),
    drawn_up_by varchar(200) not null,
    drawn_up_at timestamp with time zone not null,
    approved_by varchar(200),
    approved_at timestamp with time zone,
    approval_note varchar(2000),
    destroyed_at timestamp with time zone,
    check (state = 'DRAFT' or (approved_by is not null and approved_at is not null)),
    check ((state = 'DESTROYED') = (destroyed_at is not null))
);
create index destruction_list_body on destruction_list (body_id, state);

-- A record on a list, with what the list shows of it, fixed when it was proposed.
create table destruction_item (
    list_id uuid not null references destruction_list (id),
    record_kind varchar(20) not null check (record_kind in ('PAPER', 'MEETING')),
    record_id uuid not null,
    identification varchar(2000) not null,
    title varchar(2000) not null,
    category_code varchar(40) not null,
    closed_date date not null,
    due_date date not null,
    state varchar(20) not null check (state in ('PROPOSED', 'REMOVED', 'BLOCKED', 'DESTROYED')),
    removed_by varchar(200),
    removed_reason varchar(2000),
    primary key (list_id, record_kind, record_id)
);
create index destruction_item_record on destruction_item (record_kind, record_id);

-- The verklaring van vernietiging, one row per destroyed record, self-contained (the category as it read then), so
-- that it says what was destroyed on what grounds whatever later happens to the selection list.
create table destruction_record (
    list_id uuid not null references destruction_list (id),
    record_kind varchar(20) not null,
    record_id uuid not null,
    identification varchar(2000) not null,
    title varchar(2000) not null,
    category_code varchar(40) not null,
    category_name varchar(500) not null,
    basis varchar(1000) not null,
    closed_date date not null,
    due_date date not null,
    approved_by varchar(200) not null,
    approved_at timestamp with time zone not null,
    destroyed_by varchar(200) not null,
    destroyed_at timestamp with time zone not null,
    files_removed integer not null,
    files_kept_shared integer not null,
    primary key (list_id, record_kind, record_id)
);
