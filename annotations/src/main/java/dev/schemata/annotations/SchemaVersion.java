package dev.schemata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The schema version that the entities of this compilation describe.
 *
 * <p>Put it on exactly one {@code package-info.java} (or one class) of the module that holds the
 * entities. When the entities differ from the committed schema history, raising the value makes
 * the build write a new version file and generate its migration; leaving it unchanged makes the
 * build fail with the list of pending changes. The generated migrations are placed in the package
 * of the annotated element.
 *
 * <p>Retained in class files so that a partial build, which recompiles only some sources, still
 * finds the declared version.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface SchemaVersion {

  /** The version number, starting at 1; never lower than the newest committed version. */
  int value();

  /**
   * A short description of what this version changes, used in the version file's name and the
   * generated class name. When empty, one is derived from the first change.
   */
  String description() default "";

  /**
   * The data this version's upgrade may destroy, acknowledged: {@code "table"} for a dropped
   * table, {@code "table.column"} for a dropped column or one whose type narrows. The build warns
   * of every such loss; with the processor option {@code -Aschemata.dataLoss=error} a loss is an
   * error unless it is named here. Names are as in the database, such as
   * {@code "tasks.legacy_flag"}.
   */
  String[] acknowledgeDataLoss() default {};
}
