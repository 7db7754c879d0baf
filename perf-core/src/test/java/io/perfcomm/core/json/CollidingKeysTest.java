package io.perfcomm.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perfcomm.core.Cycle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Field names that collide in Jackson's symbol table (whose hash seed changes every run) neither
 * change nor randomise the verdict: a file reads the same on every read, by its content alone.
 */
class CollidingKeysTest {

  /** More colliding names than the symbol table tolerates before it reports a hash-flooding attack. */
  private static final int KEYS = 3_000;

  @Test
  void extensionKeysThatCollideReadTheSameEveryTime(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("colliding.json");
    Files.write(file, withExtensions(collidingKeys(KEYS)));
    for (int read = 0; read < 20; read++) {
      Cycle cycle = CycleJson.read(file);
      assertEquals(KEYS, cycle.extensions().size(), "read " + read);
    }
  }

  @Test
  void collidingKeysReadFromAStreamAreKeptToo() throws IOException {
    byte[] json = withExtensions(collidingKeys(KEYS));
    for (int read = 0; read < 20; read++) {
      assertEquals(KEYS, CycleJson.read(new ByteArrayInputStream(json)).extensions().size(), "read " + read);
    }
  }

  /**
   * Names of one 12-byte head and eleven 4-byte quads, each a reordering of the same quads: Jackson
   * hashes a long name's later quads by their sum, so every reordering lands in one slot, whatever the seed.
   */
  static List<String> collidingKeys(int count) {
    String[] quads = {"aaaa", "bbbb", "cccc"};
    int[] counts = {4, 4, 3};
    List<String> keys = new ArrayList<>(count);
    permutations("extension-k:", counts, quads, keys, count);
    return keys;
  }

  private static void permutations(String prefix, int[] counts, String[] quads, List<String> keys, int count) {
    if (keys.size() == count) {
      return;
    }
    boolean any = false;
    for (int q = 0; q < quads.length; q++) {
      if (counts[q] > 0) {
        any = true;
        counts[q]--;
        permutations(prefix + quads[q], counts, quads, keys, count);
        counts[q]++;
      }
    }
    if (!any) {
      keys.add(prefix);
    }
  }

  private static byte[] withExtensions(List<String> keys) throws IOException {
    ObjectNode json;
    try (InputStream in = CollidingKeysTest.class.getResourceAsStream("cycle-example.json")) {
      json = (ObjectNode) new ObjectMapper().readTree(in);
    }
    ObjectNode extensions = json.putObject("extensions");
    keys.forEach(key -> extensions.put(key, 1));
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }
}
