-- Woo requests (Woo-verzoeken). The requester's name and contact are personal data: they are kept here only, never
-- published, and read only by the griffie's screens.
create table woo_request (
    id uuid primary key,
    body_id uuid not null,
    reference varchar(40) not null unique,
    subject varchar(2000) not null,
    channel varchar(20) not null,
    received_date date not null,
    requester_name varchar(300) not null,
    requester_contact varchar(500),
    extension_decided_on date,
    extension_days integer,
    extension_reason varchar(2000),
    decision_date date,
    decision_outcome varchar(30),
    decision_file_id uuid,
    work_paper_id uuid,
    published_paper_id uuid,
    published_at timestamp with time zone,
    reminded_for date,
    created_at timestamp with time zone not null,
    modified_at timestamp with time zone not null
);
create index woo_request_received on woo_request (received_date);

-- Zienswijzen asked of third parties: each suspends the term (Awb art. 4:15).
create table woo_suspension (
    id uuid primary key,
    request_id uuid not null references woo_request (id),
    asked_on date not null,
    term_end date not null,
    received_on date
);
create index woo_suspension_request on woo_suspension (request_id);

-- The documents gathered for a request, which are also its inventory list (inventarislijst): number, title, date,
-- and the assessment with its Woo grounds. A document is a stored file, or a paper of the council.
create table woo_document (
    id uuid primary key,
    request_id uuid not null references woo_request (id),
    number integer not null,
    title varchar(2000) not null,
    document_date date,
    file_id uuid,
    paper_id uuid,
    assessment varchar(20),
    grounds varchar(500),
    public_file_id uuid,
    unique (request_id, number)
);
