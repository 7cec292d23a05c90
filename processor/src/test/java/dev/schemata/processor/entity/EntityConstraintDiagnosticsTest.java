package dev.schemata.processor.entity;

import static dev.schemata.processor.entity.EntityCapture.GOOD;
import static dev.schemata.processor.entity.EntityCapture.assertSingleError;
import static dev.schemata.processor.entity.EntityCapture.compile;
import static dev.schemata.processor.entity.EntityCapture.entity;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per diagnostic about indexes, unique constraints and their names. */
class EntityConstraintDiagnosticsTest {

  @Test
  void anIndexColumnListMustParse() {
    JavaFileObject job = entity("Job", "@Entity",
        "@Table(indexes = @Index(columnList = \"title owner desc\"))",
        "public class Job { @Id private long id; private String title; }");

    assertSingleError(compile(GOOD, job), "[SCH120] @Index(columnList = \"title owner desc\") "
        + "is not a usable column list ('title owner desc' is not a column name optionally "
        + "followed by ASC or DESC); name one or more columns, each once, separated by commas",
        job, "columnList = \"title owner desc\"", "test.Good");
  }

  @Test
  void aUniqueConstraintMayNotRepeatAColumn() {
    JavaFileObject job = entity("Job", "@Entity",
        "@Table(uniqueConstraints = @UniqueConstraint(columnNames = {\"title\", \"title\"}))",
        "public class Job { @Id private long id; private String title; }");

    assertSingleError(compile(GOOD, job), "[SCH120] @UniqueConstraint(columnNames = "
        + "{\"title\", \"title\"}) is not a usable column list (column title appears twice); "
        + "name one or more columns, each once, separated by commas", job,
        "columnNames = {\"title\", \"title\"}", "test.Good");
  }

  @Test
  void anIndexNamesColumnsNotFields() {
    JavaFileObject job = entity("Job", "@Entity",
        "@Table(indexes = @Index(columnList = \"dueDate\"))",
        "public class Job {",
        "  @Id private long id;",
        "  @Column(name = \"due_date\") private LocalDate dueDate;",
        "}");

    assertSingleError(compile(GOOD, job), "[SCH121] @Index(columnList = \"dueDate\") names "
        + "column dueDate, which table Job does not have (it has id, due_date); name columns as "
        + "the table has them, which is not always the field name", job,
        "columnList = \"dueDate\"", "test.Good");
  }

  @Test
  void constraintNamesMustDifferWithinATable() {
    JavaFileObject job = entity("Job", "@Entity",
        "@Table(uniqueConstraints = @UniqueConstraint(columnNames = \"title\"))",
        "public class Job {",
        "  @Id private long id;",
        "  @Column(unique = true) private String title;",
        "}");

    assertSingleError(compile(GOOD, job), "[SCH122] unique constraint uk_job_title of table "
        + "Job has the same name as the unique constraint of table Job; give one of them another "
        + "name", job, "@Table(uniqueConstraints", "test.Good");
  }

  @Test
  void indexNamesMustDifferAcrossTables() {
    JavaFileObject first = entity("First", "@Entity",
        "@Table(indexes = @Index(name = \"ix_name\", columnList = \"name\"))",
        "public class First { @Id private long id; private String name; }");
    JavaFileObject second = entity("Second", "@Entity",
        "@Table(indexes = @Index(name = \"ix_name\", columnList = \"name\"))",
        "public class Second { @Id private long id; private String name; }");

    assertSingleError(compile(second, first), "[SCH122] index ix_name of table Second has the "
        + "same name as the index of table First; give one of them another name", second,
        "@Table(indexes", "test.First");
  }
}
