-- The audit log refuses UPDATE, DELETE and TRUNCATE, whoever asks: a mistaken statement or a bug cannot change it.
-- The table's owner can still disable the trigger; the hash chain is what shows that it was changed then.
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op using errcode = '42501';
end
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_append_only();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
