-- Discussion threads of members on a paper or an agenda item (topic). A post without parent opens a thread; replies
-- go one level deep and share their thread's visibility. A fractie post is seen by the members of fractie_id only.
-- body is plain text; an edit keeps the text it replaced in discussion_post_edit, a deletion empties the post.
create table discussion_post (
    id uuid primary key,
    topic_kind varchar(20) not null,
    topic_id uuid not null,
    parent_id uuid references discussion_post (id),
    author_account_id uuid not null references user_account (id),
    visibility varchar(10) not null,
    fractie_id uuid references organization (id),
    body varchar(10000) not null,
    created_at timestamp with time zone not null,
    edited_at timestamp with time zone,
    deleted_at timestamp with time zone
);
create index discussion_post_topic on discussion_post (topic_kind, topic_id, created_at);
create index discussion_post_parent on discussion_post (parent_id);

create table discussion_post_edit (
    id uuid primary key,
    post_id uuid not null references discussion_post (id),
    previous_body varchar(10000) not null,
    replaced_at timestamp with time zone not null
);
create index discussion_post_edit_post on discussion_post_edit (post_id);
