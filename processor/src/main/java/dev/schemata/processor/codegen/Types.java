package dev.schemata.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Sequence;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.model.UniqueConstraint;
import dev.schemata.runtime.ops.Migration;
import dev.schemata.runtime.ops.MigrationIndex;
import dev.schemata.runtime.ops.SchemaChange;
import dev.schemata.runtime.ops.VersionedMigration;

/** The types that generated code names, and its {@code @Generated} annotation. */
final class Types {
  static final ClassName COLUMN = ClassName.get(Column.class);
  static final ClassName FOREIGN_KEY = ClassName.get(ForeignKey.class);
  static final ClassName INDEX = ClassName.get(Index.class);
  static final ClassName SEQUENCE = ClassName.get(Sequence.class);
  static final ClassName SQL_TYPE = ClassName.get(SqlType.class);
  static final ClassName TABLE = ClassName.get(Table.class);
  static final ClassName UNIQUE_CONSTRAINT = ClassName.get(UniqueConstraint.class);
  static final ClassName MIGRATION = ClassName.get(Migration.class);
  static final ClassName MIGRATION_INDEX = ClassName.get(MigrationIndex.class);
  static final ClassName SCHEMA_CHANGE = ClassName.get(SchemaChange.class);
  static final ClassName VERSIONED_MIGRATION = ClassName.get(VersionedMigration.class);

  /** The processor, named by string: codegen must not depend on the stage that calls it. */
  static final String PROCESSOR = "dev.schemata.processor.SchemataProcessor";

  /** {@code @Generated} without a date, so equal input gives equal bytes. */
  static final AnnotationSpec GENERATED = AnnotationSpec.builder(
          ClassName.get("javax.annotation.processing", "Generated"))
      .addMember("value", "$S", PROCESSOR)
      .build();

  private Types() {}
}
