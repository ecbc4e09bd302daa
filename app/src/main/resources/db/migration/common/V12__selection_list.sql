-- The selection list (selectielijst): categories with their appraisal (MDTO waardering: B keep, V destroy after the
-- retention period, N not yet decided) and which record falls in which category. Seeded with a SAMPLE based on the
-- provincial selection list for the records of Provinciale Staten; the codes are ours. A province replaces these rows
-- with the categories of the selection list it has adopted (docs/records.md): the application reads them on each use.
create table retention_category (
    code varchar(40) primary key,
    name varchar(500) not null,
    appraisal varchar(1) not null check (appraisal in ('B', 'V', 'N')),
    retention_years integer check (retention_years > 0),
    basis varchar(1000) not null,
    check ((appraisal = 'V') = (retention_years is not null))
);

-- paper_type null: the rule for every record of that kind without a rule of its own. Files follow the paper or
-- meeting they belong to.
create table retention_rule (
    id integer primary key,
    record_kind varchar(20) not null,
    paper_type varchar(40),
    category_code varchar(40) not null references retention_category (code)
);
create index retention_rule_kind on retention_rule (record_kind, paper_type);

insert into retention_category (code, name, appraisal, retention_years, basis) values
    ('PS-VERGADERING', 'Agenda''s, vergaderstukken, besluiten en verslagen van Provinciale Staten en hun commissies',
        'B', null, 'Voorbeeld naar de provinciale selectielijst: vergaderingen en besluitvorming van Provinciale Staten'),
    ('PS-VRAGEN', 'Schriftelijke vragen van Statenleden en de antwoorden van Gedeputeerde Staten', 'B', null,
        'Voorbeeld naar de provinciale selectielijst: inlichtingen aan Provinciale Staten (art. 167 Provinciewet)'),
    ('PS-TOEZEGGINGEN', 'Toezeggingen van Gedeputeerde Staten aan Provinciale Staten en hun afdoening', 'B', null,
        'Voorbeeld naar de provinciale selectielijst: verantwoording aan Provinciale Staten'),
    ('PS-INGEKOMEN', 'Ingekomen stukken aan Provinciale Staten ter kennisname', 'V', 10,
        'Voorbeeld naar de provinciale selectielijst: ingekomen stukken zonder besluitvorming, 10 jaar'),
    ('PS-MEDEDELINGEN', 'Mededelingen aan Provinciale Staten ter kennisname', 'V', 10,
        'Voorbeeld naar de provinciale selectielijst: informatie aan Provinciale Staten zonder besluitvorming, 10 jaar'),
    ('NTB', 'Nog niet gewaardeerd', 'N', null,
        'Geen categorie in de selectielijst toegekend: de archivaris beslist; wordt niet vernietigd');

insert into retention_rule (id, record_kind, paper_type, category_code) values
    (1, 'MEETING', null, 'PS-VERGADERING'),
    (2, 'PAPER', 'STATENVOORSTEL', 'PS-VERGADERING'),
    (3, 'PAPER', 'MOTIE', 'PS-VERGADERING'),
    (4, 'PAPER', 'AMENDEMENT', 'PS-VERGADERING'),
    (5, 'PAPER', 'BESLUITVORMINGSSTUK', 'PS-VERGADERING'),
    (6, 'PAPER', 'BESLUITENLIJST', 'PS-VERGADERING'),
    (7, 'PAPER', 'VERSLAG', 'PS-VERGADERING'),
    (8, 'PAPER', 'VRAGEN', 'PS-VRAGEN'),
    (9, 'PAPER', 'ANTWOORD', 'PS-VRAGEN'),
    (10, 'PAPER', 'TOEZEGGING', 'PS-TOEZEGGINGEN'),
    (11, 'PAPER', 'INGEKOMEN_STUK', 'PS-INGEKOMEN'),
    (12, 'PAPER', 'MEDEDELING', 'PS-MEDEDELINGEN');
