package dev.schemata.processor.plan;

import dev.schemata.runtime.diff.DiffHints;
import java.util.Objects;

/**
 * One {@code @RenamedFrom} and the renames it implies on its own.
 *
 * @param text the annotation and where it is, for messages, as in {@code @RenamedFrom("title")
 *     on attribute Conversation.subject}
 * @param renames the table and column renames its previous name implies; empty when the names
 *     are pinned by {@code @Table(name)} or {@code @Column(name)}
 */
public record DeclaredRename(String text, DiffHints renames) {

  public DeclaredRename {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(renames, "renames");
  }
}
