-- The audit log refuses UPDATE and DELETE (H2 has no TRUNCATE trigger; see docs/audit.md).
create trigger audit_entry_append_only before update, delete on audit_entry
    for each row call 'nl.statenwerk.audit.internal.H2AppendOnlyTrigger';
