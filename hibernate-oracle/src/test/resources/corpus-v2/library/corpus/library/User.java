package corpus.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A library user: its table is named after the entity, {@code User}, an SQL keyword. Version 2:
 * an e-mail address, and the unique constraint on the login is named.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "uk_users_login", columnNames = "login"))
public class User {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40)
  private String login;

  @Column(length = 120)
  private String email;

  protected User() {}
}
