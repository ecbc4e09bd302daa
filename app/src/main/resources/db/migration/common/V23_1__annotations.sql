-- Highlights with a note on a file's text, W3C Web Annotation style: the quote (exact text with up to 32 characters
-- before and after) is the anchor that survives a new version; page_number and the offsets are where it was found
-- in the text of the content anchored_sha256, null when a new version no longer has the quote.
create table annotation (
    id uuid primary key,
    file_id uuid not null references stored_file (id),
    account_id uuid not null references user_account (id),
    visibility varchar(10) not null,
    fractie_id uuid references organization (id),
    exact_text varchar(4000) not null,
    prefix_text varchar(200) not null,
    suffix_text varchar(200) not null,
    note varchar(4000) not null,
    anchored_sha256 varchar(64) not null,
    page_number integer,
    start_offset integer,
    end_offset integer,
    created_at timestamp with time zone not null,
    modified_at timestamp with time zone not null
);
create index annotation_file on annotation (file_id, account_id);
