-- A file of the members' environment (a workspace upload) hangs off no paper, which would make it look public. The
-- files module marks such files, so that nothing outside the workspaces has to know how they name their sources.
alter table stored_file add column internal boolean not null default false;
update stored_file set internal = true where source_id like 'werkruimte:%';
