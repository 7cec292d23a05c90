package dev.schemata.processor.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder of committed schema files ({@code src/main/schemata/} by default): reads the version
 * files into a checked {@link History}, and writes version files and {@code schema.json}, touching
 * a file only when its bytes change so that builds stay incremental and diffs stay quiet.
 */
public final class SchemaStore {
  private static final Pattern VERSION_FILE_NAME = Pattern.compile("V(\\d+)__(.*)\\.json");

  private final Path folder;

  /** A store over {@code folder}, which need not exist yet. */
  public SchemaStore(Path folder) {
    this.folder = Objects.requireNonNull(folder, "folder");
  }

  /** The folder. */
  public Path folder() {
    return folder;
  }

  /** Where the version's file lives. */
  public Path pathOf(VersionFile version) {
    return folder.resolve(version.fileName());
  }

  /**
   * Reads every {@code V*.json} file of the folder and checks that they form one history: names
   * match versions, no version appears twice, each version starts from the one before, and every
   * operation applies. Other files are ignored. An absent folder is an empty history.
   *
   * @throws StoreException naming the file and line of the first problem
   */
  public History readHistory() throws StoreException {
    List<Path> files;
    try {
      files = versionFiles();
    } catch (IOException e) {
      throw new StoreException(folder, 1, "cannot list the schema folder (" + e
          + "); check that it is a readable folder");
    }
    List<HistoryCheck.Entry> entries = new ArrayList<>();
    for (Path path : files) {
      entries.add(new HistoryCheck.Entry(path, readVersionFile(path)));
    }
    return HistoryCheck.check(entries);
  }

  private VersionFileJson.Read readVersionFile(Path path) throws StoreException {
    String name = path.getFileName().toString();
    Matcher matcher = VERSION_FILE_NAME.matcher(name);
    if (!matcher.matches()) {
      throw new StoreException(path, 1, "a version file is named V<version>__<description>.json, "
          + "as in V0002__add_task_priority.json; rename this file, or move it out of " + folder);
    }
    VersionFileJson.Read read;
    try {
      read = VersionFileJson.read(Files.readString(path, StandardCharsets.UTF_8));
    } catch (FileFormatException e) {
      throw new StoreException(path, e.line(), e.getMessage());
    } catch (IOException e) {
      throw new StoreException(path, 1, "cannot read the file (" + e
          + "); check that it is readable UTF-8 text");
    }
    int version = read.file().version();
    if (!sameVersion(matcher.group(1), read.file())) {
      throw new StoreException(path, read.versionLine(), "the file name says version "
          + matcher.group(1) + " but the file holds version " + version + "; rename the file to "
          + read.file().fileName() + ", or fix \"version\"");
    }
    return read;
  }

  /**
   * Reads {@code schema.json}. Lenient, since the file is derived from the version files and
   * rewritten on every build: a missing, unreadable or malformed file is simply absent.
   */
  public Optional<SchemaFile> readSchemaFile() {
    Path path = folder.resolve(SchemaFile.FILE_NAME);
    try {
      return Optional.of(SchemaFileJson.read(Files.readString(path, StandardCharsets.UTF_8)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Writes a version file unless the folder holds these exact bytes already. A file of the same
   * version under another name (its description changed) is deleted, since a version has one
   * file.
   *
   * @return whether anything on disk changed
   */
  public boolean write(VersionFile version) throws IOException {
    Path target = pathOf(version);
    boolean changed = writeIfChanged(target, VersionFileJson.write(version));
    for (Path other : versionFiles()) {
      Matcher matcher = VERSION_FILE_NAME.matcher(other.getFileName().toString());
      if (matcher.matches() && !other.equals(target) && sameVersion(matcher.group(1), version)) {
        Files.delete(other);
        changed = true;
      }
    }
    return changed;
  }

  /**
   * Writes {@code schema.json} unless it holds these exact bytes already.
   *
   * @return whether the file changed
   */
  public boolean write(SchemaFile schema) throws IOException {
    return writeIfChanged(folder.resolve(SchemaFile.FILE_NAME), SchemaFileJson.write(schema));
  }

  private static boolean sameVersion(String digits, VersionFile version) {
    return digits.length() < 10 && Integer.parseInt(digits) == version.version();
  }

  private List<Path> versionFiles() throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> {
            String name = p.getFileName().toString();
            return name.startsWith("V") && name.endsWith(".json");
          })
          .sorted()
          .toList();
    }
  }

  private boolean writeIfChanged(Path target, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
      return false;
    }
    Files.createDirectories(folder);
    // Write beside the target and move it in, so an interrupted build never leaves half a file.
    Path temporary = Files.createTempFile(folder, ".schemata-", ".tmp");
    try {
      Files.write(temporary, bytes);
      try {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
    return true;
  }
}
