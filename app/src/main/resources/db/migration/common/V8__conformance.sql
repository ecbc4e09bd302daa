-- Conformance: the result of checking stored content (by its SHA-256, so identical files are checked once) for PDF/UA-1
-- (standard ACCESSIBILITY) and PDF/A (standard ARCHIVAL) with veraPDF.
create table conformance_check (
    sha256 varchar(64) not null,
    standard varchar(20) not null,
    profile varchar(20) not null,
    outcome varchar(20) not null,
    failed_checks integer not null,
    error varchar(20),
    error_detail varchar(2000),
    validator_version varchar(40) not null,
    checked_at timestamp with time zone not null,
    primary key (sha256, standard)
);
create index conformance_check_outcome on conformance_check (standard, outcome);

-- The rules a content breaks, with how often; the description is the rule's own text from the veraPDF version that
-- checked, so a result reads the same after an upgrade until it is checked again.
create table conformance_failure (
    sha256 varchar(64) not null,
    standard varchar(20) not null,
    specification varchar(100) not null,
    clause varchar(40) not null,
    test_number integer not null,
    description varchar(4000) not null,
    failed_count integer not null,
    topic varchar(40),
    primary key (sha256, standard, specification, clause, test_number),
    foreign key (sha256, standard) references conformance_check (sha256, standard) on delete cascade
);
