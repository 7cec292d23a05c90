package dev.schemata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the previous name of an entity or of a persistent attribute, so that the migration
 * renames the table or column and keeps its data instead of dropping it and adding a new one.
 *
 * <p>On an entity class the value is the previous entity name (the simple class name unless
 * {@code @Entity(name)} said otherwise); on a field it is the previous attribute name. The
 * annotation acts only in the version that introduces the new name and may stay in the source
 * afterwards.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface RenamedFrom {

  /** The previous entity name or attribute name. */
  String value();
}
