-- The stukkenstroom: bodies, people, fracties, meetings, agendas, papers, votes.
-- Every object carries created/modified timestamps and soft deletion (deleted_at), so APIs can sync incrementally,
-- and source_id: its identity at the source (an ODS-ORI url or an OParl id) on which re-imports match.
-- raw_hash is the SHA-256 of the source record as last imported: an identical record is "unchanged".

create table body (
    id uuid primary key,
    source_id varchar(2000) unique,
    raw_hash varchar(64),
    name varchar(500) not null,
    short_name varchar(200),
    classification varchar(40) not null,
    code varchar(100),
    website varchar(2000),
    license varchar(2000),
    created_at timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    deleted_at timestamp with time zone
);

create table legislative_term (
    id uuid primary key,
    body_id uuid not null references body (id),
    source_id varchar(2000) unique,
    raw_hash varchar(64),
    name varchar(500) not null,
    start_date date,
    end_date date,
    created_at timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    deleted_at timestamp with time zone
);

create table organization (
    id uuid primary key,
    body_id uuid not null references body (id),
    source_id varchar(2000) unique,
    raw_hash varchar(64),
    name varchar(500) not null,
    short_name varchar(200),
    classification varchar(40) not null,
    start_date date,
    end_date date,
    website varchar(2000),
    created_at timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    deleted_at timestamp with time zone
);
create index organization_body on organization (body_id, modified_at);

create table person (
    id uuid primary key,
    body_id uuid not null references body (id),
    source_id varchar(2000) unique,
    raw_hash varchar(64),
    name varchar(500) not null,
    family_name varchar(300),
    given_name varchar(300),
    initials varchar(50),
    name_prefix varchar(50),
    gender varchar(20),
    function_name varchar(60),
    created_at timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    deleted_at timestamp with time zone
);
create index person_body on person (body_id, modified_at);

create table membership (
    id uuid primary key,
    body_id uuid not null references body (id),
    source_id varchar(2000) unique,
    raw_hash varchar(64),
    person_id uuid not null references person (id),
    organization_id uuid not null references organization (id),
    role varchar(200),
    chair boolean not null default false,
    voting_right boolean,
    on_behalf_of_id uuid references organization (id),
    start_date date,
    end_date date,
    created_at timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    deleted_at timestamp with time zone
);
create index membership_body on membership (body_id, modified_at);
create index membership_person on membership (person_id);
create index membership_organization on membership (organization_id);

create table meeting (
    id uuid primary key,
    body_id uuid not null references body (id),
    source_id varchar(2000) unique,
    raw_hash varchar(64),
    name varchar(1000),
    meeting_type varchar(40) not null,
    state varchar(20) not null,
    meeting_date date,
    start_at timestamp with time zone,
    end_at timestamp with time zone,
    planned_start_at timestamp with time zone,
    planned_end_at timestamp with time zone,
    location varchar(1000),
    description text,
    parent_id uuid references meeting (id),
    organization_id uuid references organization (id),
    livestream_url varchar(2000),
    created_at timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    deleted_at timestamp with time zone
);
create index meeting_body on meeting (body_id, modified_at);
create index meeting_date on meeting (body_id, meeting_date);

create table agenda_item (
    id uuid primary key,
    body_id uuid not null references body (id),
    source_id varchar(2000) unique,
    raw_hash varchar(64),
    meeting_id uuid not null references meeting (id),
    parent_id uuid references agenda_item (id),
    number varchar(40),
    position integer not null default 0,
    title varchar(2000),
    description text,
    reference varchar(200),
    hamerstuk boolean,
    besloten boolean,
    handled boolean,
    start_at timestamp with time zone,
    end_at timestamp with time zone,
    planned_start_at timestamp with time zone,
    planned_end_at timestamp with time zone,
    created_at timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    deleted_at timestamp with time zone
);
create index agenda_item_body on agenda_item (body_id, modified_at);
create index agenda_item_meeting on agenda_item (meeting_id, position);

-- A paper (stuk): statenvoorstel, motie, amendement, vragen, ingekomen stuk, toezegging, besluitenlijst...
-- confidentiality holds the source's vertrouwelijkheidsaanduiding; public is derived from it when written so
-- that every public query can filter on one indexed column (is_public).
create table paper (
    id uuid primary key,
    body_id uuid not null references body (id),
    source_id varchar(2000) unique,
    raw_hash varchar(64),
    name varchar(2000) not null,
    reference varchar(200),
    paper_date date,
    paper_type varchar(40) not null,
    motion_type varchar(40),
    question_type varchar(60),
    confidentiality varchar(60),
    is_public boolean not null,
    author varchar(500),
    description text,
    content text,
    explanation text,
    submitted_date date,
    portfolio_holder varchar(500),
    language varchar(20),
    version varchar(20),
    source_organization bigint,
    created_at timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    deleted_at timestamp with time zone
);
create index paper_body on paper (body_id, modified_at);
create index paper_date on paper (body_id, paper_date);

create table paper_file (
    paper_id uuid not null references paper (id),
    file_id uuid not null,
    role varchar(20) not null,
    position integer not null default 0,
    primary key (paper_id, file_id)
);
create index paper_file_file on paper_file (file_id);

create table paper_relation (
    paper_id uuid not null references paper (id),
    related_paper_id uuid not null references paper (id),
    role varchar(200),
    primary key (paper_id, related_paper_id)
);

-- ORI indiener: who submitted a paper (a person, an organisation such as a fractie, or only a name).
create table paper_submitter (
    id uuid primary key,
    body_id uuid not null references body (id),
    source_id varchar(2000) unique,
    raw_hash varchar(64),
    paper_id uuid not null references paper (id),
    person_id uuid references person (id),
    organization_id uuid references organization (id),
    name varchar(500),
    created_at timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    deleted_at timestamp with time zone
);
create index paper_submitter_body on paper_submitter (body_id, modified_at);
create index paper_submitter_paper on paper_submitter (paper_id);

-- The route of a paper: on which agenda item of which meeting, before which committee it was treated.
create table consultation (
    id uuid primary key,
    body_id uuid not null references body (id),
    source_id varchar(2000) unique,
    raw_hash varchar(64),
    paper_id uuid not null references paper (id),
    agenda_item_id uuid references agenda_item (id),
    meeting_id uuid references meeting (id),
    organization_id uuid references organization (id),
    role varchar(200),
    authoritative boolean,
    created_at timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    deleted_at timestamp with time zone
);
create index consultation_paper on consultation (paper_id);
create index consultation_agenda_item on consultation (agenda_item_id);
create index consultation_meeting on consultation (meeting_id);

create table meeting_file (
    meeting_id uuid not null references meeting (id),
    file_id uuid not null,
    role varchar(20) not null,
    primary key (meeting_id, file_id)
);

create table attendance (
    id uuid primary key,
    body_id uuid not null references body (id),
    source_id varchar(2000) unique,
    raw_hash varchar(64),
    meeting_id uuid not null references meeting (id),
    person_id uuid not null references person (id),
    role varchar(40),
    organization_name varchar(200),
    seat varchar(100),
    start_at timestamp with time zone,
    end_at timestamp with time zone,
    created_at timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    deleted_at timestamp with time zone
);
create index attendance_meeting on attendance (meeting_id);

create table decision (
    id uuid primary key,
    body_id uuid not null references body (id),
    source_id varchar(2000) unique,
    raw_hash varchar(64),
    result varchar(2000) not null,
    explanation text,
    commitment text,
    created_at timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    deleted_at timestamp with time zone
);

create table vote (
    id uuid primary key,
    body_id uuid not null references body (id),
    source_id varchar(2000) unique,
    raw_hash varchar(64),
    agenda_item_id uuid references agenda_item (id),
    paper_id uuid references paper (id),
    decision_id uuid references decision (id),
    vote_type varchar(20),
    result varchar(20),
    result_on_persons varchar(2000),
    yes_count integer,
    no_count integer,
    abstain_count integer,
    absent_count integer,
    vote_date date,
    created_at timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    deleted_at timestamp with time zone
);
create index vote_body on vote (body_id, modified_at);
create index vote_agenda_item on vote (agenda_item_id);
create index vote_paper on vote (paper_id);

create table vote_fraction_result (
    id uuid primary key,
    body_id uuid not null references body (id),
    source_id varchar(2000) unique,
    raw_hash varchar(64),
    vote_id uuid not null references vote (id),
    organization_id uuid not null references organization (id),
    result varchar(20),
    yes_count integer,
    no_count integer,
    abstain_count integer,
    absent_count integer,
    created_at timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    deleted_at timestamp with time zone
);
create index vote_fraction_result_vote on vote_fraction_result (vote_id);

create table vote_cast (
    id uuid primary key,
    body_id uuid not null references body (id),
    source_id varchar(2000) unique,
    raw_hash varchar(64),
    vote_id uuid not null references vote (id),
    person_id uuid not null references person (id),
    attendance_id uuid references attendance (id),
    choice varchar(20) not null,
    created_at timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    deleted_at timestamp with time zone
);
create index vote_cast_vote on vote_cast (vote_id);

-- The source record as imported, kept verbatim so nothing the standards carry beyond our model is lost.
create table source_record (
    object_id uuid primary key,
    object_type varchar(40) not null,
    source_id varchar(2000) not null,
    raw_json text not null,
    imported_at timestamp with time zone not null
);
