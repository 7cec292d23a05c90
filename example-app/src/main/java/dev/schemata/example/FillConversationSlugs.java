package dev.schemata.example;

import dev.schemata.annotations.DataMigration;
import dev.schemata.runtime.ops.DataContext;
import dev.schemata.runtime.ops.DataStep;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Gives each existing conversation the slug of its subject, between version 4's adding of the
 * column and its becoming NOT NULL: a value only Java can work out, so no schema diff can.
 */
@DataMigration(version = 4)
public class FillConversationSlugs implements DataStep {

  @Override
  public void upgrade(DataContext data) throws SQLException {
    Map<Long, String> slugs = new LinkedHashMap<>();
    try (Statement statement = data.connection().createStatement();
        ResultSet rows = statement.executeQuery("select id, subject from conversations")) {
      while (rows.next()) {
        slugs.put(rows.getLong(1), slug(rows.getLong(1), rows.getString(2)));
      }
    }
    for (Map.Entry<Long, String> slug : slugs.entrySet()) {
      data.execute("update conversations set slug = ? where id = ?", slug.getValue(),
          slug.getKey());
    }
  }

  /** Nothing to undo: the version's downgrade drops the column with its values. */
  @Override
  public void downgrade(DataContext data) {}

  static String slug(long id, String subject) {
    String words = subject == null ? "" : subject.toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return words.isEmpty() ? "conversation-" + id : words;
  }
}
