package corpus.tasks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A to-do item of one user; version 2: due date, longer title, indexes changed. */
@Entity
@Table(name = "tasks", indexes = {
    @Index(name = "ix_tasks_user_id", columnList = "user_id"),
    @Index(name = "ix_tasks_due_on", columnList = "due_on, priority"),
    @Index(name = "ix_tasks_priority", columnList = "priority")})
public class Task {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false)
  private long userId;

  @Column(nullable = false, length = 1000)
  private String title;

  @Column(length = 2000, nullable = false)
  private String description;

  private boolean completed;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "due_on")
  private LocalDate dueOn;

  private Integer priority;

  protected Task() {}
}
