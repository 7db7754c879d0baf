package io.perfcomm.rules.engine;

import com.ibm.icu.text.MessagePattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The English and Chinese bundles of every rule sheet have the same keys and placeholders. */
class MessageBundlesTest {


  @ParameterizedTest
  @ValueSource(strings = {"objectives", "communication", "evaluation", "interview", "appeal", "application",
      "training", "common", "agenda"})
  void chineseBundleHasTheKeysAndPlaceholdersOfTheEnglishOne(String sheet) throws IOException {
    assertEquals(placeholders(load(sheet + ".properties")), placeholders(load(sheet + "_zh_CN.properties")));
  }

  static Properties load(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/io/perfcomm/rules/messages/" + file)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static Map<String, Set<String>> placeholders(Properties bundle) {
    Map<String, Set<String>> keys = new TreeMap<>();
    for (String key : bundle.stringPropertyNames()) {
      keys.put(key, arguments(bundle.getProperty(key)));
    }
    return keys;
  }

  /** The named arguments of an ICU message pattern, at any depth (inside plural cases too). */
  static Set<String> arguments(String pattern) {
    MessagePattern parsed = new MessagePattern(pattern);
    Set<String> names = new TreeSet<>();
    for (int i = 0; i < parsed.countParts(); i++) {
      MessagePattern.Part part = parsed.getPart(i);
      if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
        names.add(parsed.getSubstring(part));
      }
    }
    return names;
  }

  static List<String> sheets() {
    return List.of("objectives", "communication", "evaluation", "interview", "appeal", "application", "training");
  }
}
