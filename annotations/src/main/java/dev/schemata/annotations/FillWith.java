package dev.schemata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value that rows already in a table get when this NOT NULL attribute's column is added to
 * it, or that rows holding NULL get when the column is made NOT NULL, as an SQL literal such as
 * {@code 'open'}, {@code 0} or {@code TRUE}.
 *
 * <p>Only the migration uses it: the column is added (or made NOT NULL) with this value as its
 * default, which is then removed again, so the schema ends as a fresh database gets it. A column
 * of a primitive type needs none (existing rows get {@code 0} or {@code false}), nor does one
 * with a {@code @ColumnDefault}; any other NOT NULL column added to an existing table must have
 * one, or the build fails, and a column made NOT NULL without one is a warning. The annotation
 * may stay in the source after its version.
 *
 * <pre>{@code
 * @FillWith("'open'")
 * @Column(nullable = false, length = 10)
 * String status;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface FillWith {

  /** The SQL literal that existing rows get, written as the database expects it. */
  String value();
}
