package dev.schemata.runtime.jdbc;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.model.Sequence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The sequences of the connection's current schema, which JDBC metadata does not list: from
 * {@code information_schema.sequences} on H2, from PostgreSQL's own catalogue (leaving out the
 * sequences that back identity and serial columns, which the model holds as identity columns),
 * and on MariaDB, which keeps sequences as tables of type {@code SEQUENCE}, from each sequence's
 * own row. MySQL has none.
 */
final class SequenceCatalog {

  private static final String H2 = "select sequence_name, start_value, increment"
      + " from information_schema.sequences where sequence_schema = ?";

  private static final String POSTGRES = "select c.relname, s.seqstart, s.seqincrement"
      + " from pg_catalog.pg_sequence s join pg_catalog.pg_class c on c.oid = s.seqrelid"
      + " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
      + " where n.nspname = ? and not exists (select 1 from pg_catalog.pg_depend d"
      + " where d.objid = c.oid and d.deptype in ('a', 'i'))";

  private static final String MARIADB_NAMES = "select table_name from information_schema.tables"
      + " where table_schema = ? and table_type = 'SEQUENCE'";

  private SequenceCatalog() {}

  static List<Sequence> read(Connection connection, Dialect dialect) throws SQLException {
    if (!dialect.hasSequences()) {
      return List.of();
    }
    String schema = connection.getSchema() != null ? connection.getSchema()
        : connection.getCatalog();
    if (dialect == Dialect.MARIADB) {
      return mariadb(connection, dialect, schema);
    }
    List<Sequence> sequences = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(
        dialect == Dialect.POSTGRESQL ? POSTGRES : H2)) {
      query.setString(1, schema);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          sequences.add(new Sequence(rows.getString(1), rows.getLong(2), rows.getLong(3)));
        }
      }
    }
    return sequences;
  }

  /** The names of the sequences that MariaDB lists among its tables. */
  private static List<String> mariadbNames(Connection connection, String schema)
      throws SQLException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(MARIADB_NAMES)) {
      query.setString(1, schema);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          names.add(rows.getString(1));
        }
      }
    }
    return names;
  }

  private static List<Sequence> mariadb(Connection connection, Dialect dialect, String schema)
      throws SQLException {
    List<Sequence> sequences = new ArrayList<>();
    for (String name : mariadbNames(connection, schema)) {
      try (Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery("select start_value, increment from "
              + dialect.quote(name))) {
        row.next();
        sequences.add(new Sequence(name, row.getLong(1), row.getLong(2)));
      }
    }
    return sequences;
  }
}
