-- Workspaces (werkruimtes) of fracties, committees, the presidium and all of PS: folders and documents with versions.
create table workspace (
    id uuid primary key,
    kind varchar(30) not null,
    body_id uuid not null,
    organization_id uuid,
    -- what the workspace belongs to, once: the organisation's id, or 'staten:<body id>' for all of PS
    anchor varchar(100) not null unique,
    name varchar(1000) not null,
    created_at timestamp with time zone not null
);

-- Accounts the griffie added by name, e.g. a burgerlid or a staff member without a membership in the data.
create table workspace_member (
    workspace_id uuid not null references workspace (id),
    account_id uuid not null,
    added_by uuid not null,
    added_at timestamp with time zone not null,
    primary key (workspace_id, account_id)
);

create table workspace_item (
    id uuid primary key,
    workspace_id uuid not null references workspace (id),
    parent_id uuid references workspace_item (id),
    folder boolean not null,
    name varchar(255) not null,
    -- the name in lower case without diacritics, for search on H2 and PostgreSQL alike
    folded_name varchar(255) not null,
    created_by uuid not null,
    created_at timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    deleted_at timestamp with time zone,
    deleted_by uuid,
    -- the folder whose deletion took this item along, so restoring the folder restores what went with it
    deleted_with uuid
);
create index workspace_item_parent on workspace_item (workspace_id, parent_id);

create table workspace_version (
    item_id uuid not null references workspace_item (id),
    number integer not null,
    file_id uuid not null,
    sha256 varchar(64) not null,
    mime_type varchar(200) not null,
    size_bytes bigint not null,
    file_name varchar(255) not null,
    uploaded_by uuid not null,
    uploaded_at timestamp with time zone not null,
    -- the extracted text folded as folded_name is, once extraction is done
    folded_text text,
    primary key (item_id, number)
);
create index workspace_version_file on workspace_version (file_id);

create table workspace_share (
    item_id uuid not null references workspace_item (id),
    workspace_id uuid not null references workspace (id),
    shared_by uuid not null,
    shared_at timestamp with time zone not null,
    primary key (item_id, workspace_id)
);
