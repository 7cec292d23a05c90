package dev.schemata.processor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.schemata.processor.diagnostic.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreExceptionTest {
  @TempDir Path folder;

  private final String v1 = VersionFileJson.write(StoreFixtures.version1());
  private final String v2 = VersionFileJson.write(StoreFixtures.version2());

  @Test
  void malformedJsonNamesJacksonsLine() throws IOException {
    write("V0001__a.json", v1.replace("\"version\": 1,\n", "\"version\": 1\n"));

    StoreException e = readFails();

    assertProblem(e, "V0001__a.json", 3, "malformed JSON", "was expecting comma",
        "fix the syntax");
  }

  @Test
  void missingKeyNamesTheObjectsLine() throws IOException {
    write("V0001__a.json", v1.replace("  \"parent\": 0,\n", ""));

    assertProblem(readFails(), "V0001__a.json", 1,
        "missing key \"parent\" in the version file; add it");
  }

  @Test
  void missingNestedKeyNamesTheLineWhereItsObjectStarts() throws IOException {
    String broken = v1.replaceFirst(
        "(\"name\": \"title\",\n\\s*)\"type\": \"VARCHAR\\(200\\)\",\n\\s*", "$1");
    write("V0001__a.json", broken);

    assertProblem(readFails(), "V0001__a.json", lineOf(broken, "\"name\": \"title\"") - 1,
        "missing key \"type\" in a column of table conversations",
        "the keys of a column of table conversations are \"name\", \"type\", \"nullable\"");
  }

  @Test
  void unknownKeyNamesItsLine() throws IOException {
    String broken = v1.replaceFirst("\"name\": \"title\",", "\"name\": \"title\",\n\"colour\": 1,");
    write("V0001__a.json", broken);

    assertProblem(readFails(), "V0001__a.json", lineOf(broken, "\"colour\""),
        "unknown key \"colour\" in a column of table conversations; remove it or fix its "
            + "spelling");
  }

  @Test
  void mistypedValueNamesItsLine() throws IOException {
    String broken = v1.replaceFirst("\"nullable\": false", "\"nullable\": \"no\"");
    write("V0001__a.json", broken);

    assertProblem(readFails(), "V0001__a.json", lineOf(broken, "\"nullable\": \"no\""),
        "\"nullable\" in a column of table conversations must be true or false, "
            + "not the string \"no\"");
  }

  @Test
  void badTypeTextNamesItsLine() throws IOException {
    String broken = v1.replace("VARCHAR(200)", "VARCHR(200)");
    write("V0001__a.json", broken);

    assertProblem(readFails(), "V0001__a.json", lineOf(broken, "VARCHR"),
        "\"VARCHR(200)\" is not a column type", "VARCHAR(255)");
  }

  @Test
  void unknownOperationNamesItsLine() throws IOException {
    String broken = v1.replace("\"op\": \"createIndex\"", "\"op\": \"addIndex\"");
    write("V0001__a.json", broken);

    assertProblem(readFails(), "V0001__a.json", lineOf(broken, "addIndex"),
        "operation 5 has \"op\" the string \"addIndex\"", "one of createTable, dropTable");
  }

  @Test
  void brokenModelInvariantNamesTheObject() throws IOException {
    String broken = v1.replaceFirst("\"primaryKey\": \\[\n(\\s*)\"id\"",
        "\"primaryKey\": [\n$1\"uid\"");
    write("V0001__a.json", broken);

    assertProblem(readFails(), "V0001__a.json", lineOf(broken, "\"table\": {"),
        "\"table\" of operation 1 (createTable) is invalid", "names column uid");
  }

  @Test
  void duplicateKeyNamesItsLine() throws IOException {
    String broken = v1.replace("\"parent\": 0,", "\"parent\": 0,\n  \"parent\": 0,");
    write("V0001__a.json", broken);

    assertProblem(readFails(), "V0001__a.json", 5, "key \"parent\" appears twice");
  }

  @Test
  void emptyFileIsAnError() throws IOException {
    write("V0001__a.json", "");

    assertProblem(readFails(), "V0001__a.json", 1, "the file is empty");
  }

  @Test
  void fileNameMustMatchTheVersion() throws IOException {
    write("V0002__create_tasks.json", v1);

    assertProblem(readFails(), "V0002__create_tasks.json", 2,
        "the file name says version 0002 but the file holds version 1",
        "rename the file to V0001__create_tasks_conversations_and_messages.json");
  }

  @Test
  void versionFileNameMustFollowThePattern() throws IOException {
    write("V1-create.json", v1);

    assertProblem(readFails(), "V1-create.json", 1, "a version file is named "
        + "V<version>__<description>.json");
  }

  @Test
  void twoFilesWithOneVersionAreNamedBoth() throws IOException {
    write("V0001__a.json", v1);
    write("V0002__ours.json", v2);
    write("V0002__theirs.json", VersionFileJson.write(StoreFixtures.version2()));

    assertProblem(readFails(), "V0002__theirs.json", 2,
        "two files have version 2: V0002__ours.json and V0002__theirs.json",
        "Two branches each added version 2", "@SchemaVersion(3)");
  }

  @Test
  void parentThatIsNotThePreviousVersionSaysHowToRenumber() throws IOException {
    write("V0001__a.json", v1);
    write("V0002__b.json", v2);
    write("V0003__c.json", VersionFileJson.write(new VersionFile(3, "c", 1, List.of())));

    assertProblem(readFails(), "V0003__c.json", 4,
        "version 3 starts from version 1, but the version before it is 2 (V0002__b.json)",
        "two branches each added a version after 1",
        "Renumber yours to head+1 (3): delete your file, set @SchemaVersion(3) and rebuild");
  }

  @Test
  void missingParentAsksToRestoreIt() throws IOException {
    write("V0001__a.json", v1);
    write("V0003__c.json", VersionFileJson.write(new VersionFile(3, "c", 2, List.of())));

    assertProblem(readFails(), "V0003__c.json", 4,
        "there is no version 2", "Restore the missing version files");
  }

  @Test
  void inapplicableOperationNamesItsIndexAndLine() throws IOException {
    String broken = v2.replace("\"CHAR(8)\"", "\"CHAR(9)\"");
    write("V0001__a.json", v1);
    write("V0002__b.json", broken);

    StoreException e = readFails();

    int dropColumn = lineOf(broken, "\"op\": \"dropColumn\"") - 1;
    assertProblem(e, "V0002__b.json", dropColumn,
        "operation 8 (dropColumn) does not apply to the schema of version 1",
        "column tasks.code is Column[name=code, type=CHAR(8)", "edited by hand");
  }

  @Test
  void problemCarriesTheCatalogueId() throws IOException {
    write("V0001__a.json", "{");

    StoreException e = readFails();

    assertThat(e.problem().message()).isEqualTo(Message.SCHEMA_FILE_INVALID);
    assertThat(e.problem().text()).startsWith("[SCH201] " + folder.resolve("V0001__a.json")
        + ":1: malformed JSON");
  }

  private StoreException readFails() {
    StoreException e = catchThrowableOfType(StoreException.class,
        () -> new SchemaStore(folder).readHistory());
    assertThat(e).as("readHistory should fail").isNotNull();
    return e;
  }

  private static void assertProblem(StoreException e, String file, int line, String... parts) {
    assertThat(e.file().getFileName()).hasToString(file);
    assertThat(e.line()).as("line of: %s", e.detail()).isEqualTo(line);
    assertThat(e.detail()).contains(parts);
    assertThat(e.getMessage()).isEqualTo(e.file() + ":" + line + ": " + e.detail());
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(folder.resolve(name), text);
  }

  private static int lineOf(String text, String needle) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError(needle + " not found");
  }
}
