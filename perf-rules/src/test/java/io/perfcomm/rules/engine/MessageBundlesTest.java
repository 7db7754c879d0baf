package io.perfcomm.rules.engine;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The English and Chinese bundles of every rule sheet have the same keys and placeholders. */
class MessageBundlesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

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
      Set<String> names = new TreeSet<>();
      Matcher matcher = PLACEHOLDER.matcher(bundle.getProperty(key));
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
      keys.put(key, names);
    }
    return keys;
  }

  static List<String> sheets() {
    return List.of("objectives", "communication", "evaluation", "interview", "appeal", "application", "training");
  }
}
