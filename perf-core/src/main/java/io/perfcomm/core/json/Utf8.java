package io.perfcomm.core.json;

import io.perfcomm.core.InvalidCycleException;
import io.perfcomm.core.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Refuses bytes that are not well-formed UTF-8 before Jackson reads them: Jackson decodes an overlong
 * form ({@code C0 AF} for "/") as the character it spells, so a filter that looked for "/" in the
 * bytes would be passed by. Java's decoder refuses overlong forms, surrogates and stray bytes. A file
 * in UTF-16 or UTF-32 (a byte-order mark, or a zero byte among the first four) is left to Jackson.
 */
final class Utf8 {

  private static final int CHUNK = 64 * 1024;

  private Utf8() {}

  /** Fails with a problem naming the line and byte of the first malformed sequence, if any. */
  static void require(InputStream in) throws IOException {
    Optional<String> problem = firstMalformed(in);
    if (problem.isPresent()) {
      throw new InvalidCycleException(List.of(Problem.of("json", Optional.empty(), "json", problem.get())));
    }
  }

  static Optional<String> firstMalformed(InputStream in) throws IOException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
    CharBuffer chars = CharBuffer.allocate(CHUNK);
    long consumed = 0;
    long line = 1;
    boolean first = true;
    boolean end = false;
    while (!end) {
      int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (read < 0) {
        end = true;
      } else {
        bytes.position(bytes.position() + read);
      }
      bytes.flip();
      if (first && bytes.remaining() >= 4 || first && end) {
        first = false;
        if (otherEncoding(bytes)) {
          return Optional.empty();
        }
      }
      int start = bytes.position();
      CoderResult result = decoder.decode(bytes, chars, end);
      line += newlines(bytes.array(), start, bytes.position());
      consumed += bytes.position() - start;
      if (result.isError()) {
        return Optional.of("line " + line + ", byte " + (consumed + 1) + ": not well-formed UTF-8 (an overlong,"
            + " surrogate or broken byte sequence); save the file as UTF-8");
      }
      chars.clear();
      bytes.compact();
    }
    return Optional.empty();
  }

  private static boolean otherEncoding(ByteBuffer bytes) {
    int n = Math.min(4, bytes.remaining());
    if (n >= 2) {
      int b0 = bytes.get(0) & 0xFF;
      int b1 = bytes.get(1) & 0xFF;
      if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
        return true;
      }
    }
    for (int i = 0; i < n; i++) {
      if (bytes.get(i) == 0) {
        return true;
      }
    }
    return false;
  }

  private static int newlines(byte[] bytes, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\n') {
        count++;
      }
    }
    return count;
  }
}
