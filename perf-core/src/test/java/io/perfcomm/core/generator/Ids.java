package io.perfcomm.core.generator;

/** Readable, zero-padded ids without {@code String.format}, which is too slow for a million records. */
final class Ids {

  private Ids() {}

  static String pad(int number, int width) {
    String digits = Integer.toString(number);
    if (digits.length() >= width) {
      return digits;
    }
    StringBuilder padded = new StringBuilder(width);
    for (int i = digits.length(); i < width; i++) {
      padded.append('0');
    }
    return padded.append(digits).toString();
  }
}
