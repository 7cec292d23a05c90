package dev.schemata.runtime.ops;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The checksum of a version: SHA-256 over the {@link OperationText} of its upgrade operations.
 * The processor computes it when it generates a migration and the runtime records it when it
 * applies one, so a version whose operations changed after it was applied is detected.
 */
public final class Checksum {
  private Checksum() {}

  /** The lowercase hexadecimal SHA-256 of the operations' canonical text. */
  public static String of(List<Operation> operations) {
    StringBuilder text = new StringBuilder();
    for (Operation operation : operations) {
      text.append(OperationText.of(operation)).append('\n');
    }
    return sha256(text.toString());
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
