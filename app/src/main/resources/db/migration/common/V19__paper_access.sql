-- Who may read a paper that is not public. access_level is the AccessLevel the paper's confidentiality maps to
-- (written with the paper, so that lists for a signed-in member filter in SQL; until then the strictest); owner_organization_id is the fractie
-- a fractie-internal paper belongs to; paper_reader names the persons a geheime paper is shared with.
alter table paper add column access_level varchar(20) default 'SECRET' not null;
alter table paper add column owner_organization_id uuid references organization (id);

-- the same mapping as AccessLevel.of, once, for papers stored before this column
update paper set access_level = case
    when confidentiality is null or trim(confidentiality) = '' then 'PUBLIC'
    when replace(replace(lower(trim(confidentiality)), '-', '_'), ' ', '_') = 'openbaar' then 'PUBLIC'
    when replace(replace(lower(trim(confidentiality)), '-', '_'), ' ', '_')
        in ('besloten', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk') then 'CLOSED'
    when replace(replace(lower(trim(confidentiality)), '-', '_'), ' ', '_')
        in ('fractie_intern', 'fractievertrouwelijk') then 'FRACTION_INTERNAL'
    else 'SECRET' end;
create index paper_access on paper (body_id, access_level);

create table paper_reader (
    paper_id uuid not null references paper (id),
    person_id uuid not null references person (id),
    granted_at timestamp with time zone not null,
    primary key (paper_id, person_id)
);
create index paper_reader_person on paper_reader (person_id);
