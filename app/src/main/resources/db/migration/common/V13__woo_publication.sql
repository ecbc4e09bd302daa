-- Papers published under the Woo (public and not deleted) and when each stopped being published: a sitemap's lastmod
-- must move when an entry leaves it, and a paper that is gone or no longer public leaves no other trace.
create table woo_publication (
    paper_id uuid primary key references paper (id),
    withdrawn_at timestamp with time zone
);
insert into woo_publication (paper_id) select id from paper where is_public and deleted_at is null;
create index woo_publication_withdrawn on woo_publication (withdrawn_at);
create index paper_published on paper (is_public, public_since);
