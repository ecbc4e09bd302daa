package nl.statenwerk.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** Refuses UPDATE and DELETE on {@code audit_entry} in H2, as the PostgreSQL trigger does there. */
public final class H2AppendOnlyTrigger implements Trigger {

    private String operation = "change";

    @Override
    public void init(Connection conn, String schema, String trigger, String table, boolean before, int type) {
        operation = (type & Trigger.DELETE) != 0 ? "UPDATE or DELETE" : "UPDATE";
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_entry is append-only: " + operation + " refused", "42501");
    }
}
