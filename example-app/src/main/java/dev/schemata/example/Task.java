package dev.schemata.example;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/** A to-do item of one user. */
@Entity
@Table(name = "tasks", indexes = {
    @Index(name = "ix_tasks_user_id", columnList = "user_id"),
    @Index(name = "ix_tasks_completed", columnList = "completed"),
    @Index(name = "ix_tasks_priority", columnList = "priority")})
public class Task {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false)
  private long userId;

  @Column(nullable = false, length = 500)
  private String title;

  @Column(length = 2000)
  private String description;

  private boolean completed;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  private Integer priority;

  /** Where the task stands in its user's list; existing rows start at 0. */
  private int position;

  protected Task() {}
}
