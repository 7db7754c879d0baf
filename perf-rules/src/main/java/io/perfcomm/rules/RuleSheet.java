package io.perfcomm.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kie.api.io.Resource;
import org.kie.internal.io.ResourceFactory;

/**
 * A DRL rule sheet to compile into the engine: perf's own from the class path, or a host's from a
 * string, a file or the class path. Its name is what build errors cite.
 *
 * @param name how errors name the sheet
 * @param drl the sheet's text, or null to read {@code name} from the class path
 */
record RuleSheet(String name, String drl) {

  static RuleSheet classPath(String resource) {
    return new RuleSheet(resource, null);
  }

  static RuleSheet text(String name, String drl) {
    return new RuleSheet(name, drl);
  }

  static RuleSheet file(Path file) {
    try {
      return new RuleSheet(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new EngineBuildException(java.util.List.of(file + ": cannot be read: " + e.getMessage()), e);
    }
  }

  Resource resource(ClassLoader classLoader) {
    if (drl == null) {
      if (classLoader.getResource(name) == null) {
        throw new EngineBuildException(java.util.List.of(name + ": no such rule sheet on the class path"), null);
      }
      return ResourceFactory.newClassPathResource(name, classLoader);
    }
    // A source path ending in .drl tells Drools the type and gives errors the sheet's name.
    String path = name.endsWith(".drl") ? name : name + ".drl";
    return ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8)).setSourcePath(path);
  }
}
