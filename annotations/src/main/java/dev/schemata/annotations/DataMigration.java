package dev.schemata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Attaches a hand-written data step to a schema version. The class implements the runtime's
 * {@code dev.schemata.runtime.ops.DataStep}, is public with a public no-argument constructor, and
 * its version is the one {@code @SchemaVersion} declares when the step is written: the build
 * records it in that version's file, and the version's migration runs it after the columns and
 * tables the version adds exist, before it drops the old ones and tightens constraints.
 *
 * <pre>{@code
 * @DataMigration(version = 4)
 * public class SplitNames implements DataStep {
 *   public void upgrade(DataContext data) throws SQLException {
 *     data.execute("update people set first_name = ..., last_name = ...");
 *   }
 *   public void downgrade(DataContext data) throws SQLException {
 *     data.execute("update people set name = first_name || ' ' || last_name");
 *   }
 * }
 * }</pre>
 *
 * <p>A version file, once written, is never rewritten: a step cannot join a version that exists
 * already. The class must stay in the source as long as its version does.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface DataMigration {

  /** The schema version whose upgrade runs this step. */
  int version();
}
