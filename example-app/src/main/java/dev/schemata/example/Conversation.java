package dev.schemata.example;

import dev.schemata.annotations.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A conversation: an ordered exchange of messages. */
@Entity
@Table(name = "conversations")
public class Conversation {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @RenamedFrom("title")
  @Column(length = 200)
  private String subject;

  /** The subject as a URL part; filled for existing rows by {@link FillConversationSlugs}. */
  @Column(nullable = false, length = 200)
  private String slug;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Conversation() {}
}
