import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles perf's rule sheets to Drools' executable model at perf's build, so that the engine loads
 * them at run time without the DRL parser, the MVEL compiler or ecj.
 *
 * <p>Run by the exec plugin after perf-rules' classes are compiled, in Java's source-file mode (no
 * build module of its own): {@code java -cp <compile class path> GenerateExecutableModel.java
 * <classes dir> <work dir>}. It takes every {@code .drl} under the classes directory (the resources
 * folder, copied there), compiles them with the model compiler as one project, and writes the
 * generated classes of perf's packages into the classes directory beside an index, {@code
 * io/perfcomm/rules/executable-model.properties}: which package each sheet belongs to and which model
 * class holds each package. Drools' own project files (kmodule, {@code org.drools.project.model}) are
 * left out, so a host's KieContainer never finds perf's rules by scanning the class path.
 *
 * <p>A sheet that does not compile fails the build: every error with its sheet and line, or, when
 * the model compiler throws instead of reporting, the sheet that makes it throw.
 */
public final class GenerateExecutableModel {

  static final String INDEX = "io/perfcomm/rules/executable-model.properties";
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");
  private static final ReleaseId RELEASE = KieServices.get().newReleaseId("io.perfcomm", "perf-rules-model", "1");

  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args[0]);
    Path work = Path.of(args[1]);
    Files.createDirectories(work);
    Path generatedList = work.resolve("executable-model-classes.txt");
    Map<String, String> sheets = sheets(classes);
    if (sheets.isEmpty()) {
      fail(List.of("no rule sheets (*.drl) under " + classes));
    }
    Set<String> previous = Files.exists(generatedList)
        ? new TreeSet<>(Files.readAllLines(generatedList)) : Set.of();
    if (upToDate(classes, previous)) {
      System.out.println("[perf] executable model of " + sheets.size() + " rule sheets is up to date");
      return;
    }
    for (String old : previous) {
      Files.deleteIfExists(classes.resolve(old));
    }
    long started = System.nanoTime();
    InternalKieModule module = build(classes, sheets);
    Map<String, String> models = new TreeMap<>();
    String modelFile = "META-INF/kie/" + RELEASE.getGroupId() + "/" + RELEASE.getArtifactId() + "/drools-model";
    for (String line : new String(module.getBytes(modelFile), StandardCharsets.UTF_8).split("\\R")) {
      String model = line.strip();
      if (!model.isEmpty()) {
        models.put(model.substring(0, model.lastIndexOf('.')), model);
      }
    }
    Set<String> packagePaths = new TreeSet<>();
    sheets.values().forEach(pkg -> packagePaths.add(pkg.replace('.', '/') + "/"));
    List<String> written = new ArrayList<>();
    for (String name : module.getFileNames()) {
      if (name.endsWith(".class") && packagePaths.stream().anyMatch(name::startsWith)) {
        Path target = classes.resolve(name);
        if (Files.exists(target)) {
          fail(List.of(name + ": the executable model would overwrite a class of perf's own"));
        }
        Files.createDirectories(target.getParent());
        Files.write(target, module.getBytes(name));
        written.add(name);
      }
    }
    StringBuilder index = new StringBuilder()
        .append("# The executable model of perf's rule sheets, written at perf's build by src/build/java/GenerateExecutableModel.java.\n")
        .append("# sheet.<sheet>=<package>; model.<package>=<model class>\n");
    sheets.forEach((sheet, pkg) -> index.append("sheet.").append(sheet).append('=').append(pkg).append('\n'));
    for (String pkg : new TreeSet<>(sheets.values())) {
      String model = models.get(pkg);
      if (model == null) {
        fail(List.of(pkg + ": the model compiler made no model for this package"));
      }
      index.append("model.").append(pkg).append('=').append(model).append('\n');
    }
    Files.writeString(classes.resolve(INDEX), index.toString(), StandardCharsets.UTF_8);
    written.add(INDEX);
    Files.write(generatedList, written);
    System.out.printf("[perf] executable model of %d rule sheets: %d classes in %d ms%n", sheets.size(),
        written.size() - 1, (System.nanoTime() - started) / 1_000_000);
  }

  /** Every sheet under the classes directory, by class-path name, with its package. */
  private static Map<String, String> sheets(Path classes) throws IOException {
    Map<String, String> sheets = new TreeMap<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".drl")).collect(Collectors.toList())) {
        String name = classes.relativize(file).toString().replace('\\', '/');
        Matcher pkg = PACKAGE.matcher(Files.readString(file, StandardCharsets.UTF_8));
        if (!pkg.find()) {
          fail(List.of(name + ": no package statement"));
        }
        String folder = name.contains("/") ? name.substring(0, name.lastIndexOf('/')).replace('/', '.') : "";
        if (!pkg.group(1).equals(folder)) {
          fail(List.of(name + ": package " + pkg.group(1) + " does not match its folder " + folder));
        }
        sheets.put(name, pkg.group(1));
      }
    }
    return sheets;
  }

  /** Whether the index is newer than every sheet and every class the model compiler did not write. */
  private static boolean upToDate(Path classes, Set<String> generated) throws IOException {
    Path index = classes.resolve(INDEX);
    if (!Files.exists(index)) {
      return false;
    }
    FileTime built = Files.getLastModifiedTime(index);
    try (Stream<Path> files = Files.walk(classes)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> !generated.contains(classes.relativize(f).toString().replace('\\', '/')))
          .allMatch(f -> {
            try {
              return Files.getLastModifiedTime(f).compareTo(built) < 0;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }

  private static InternalKieModule build(Path classes, Map<String, String> sheets) throws IOException {
    List<String> all = new ArrayList<>(sheets.keySet());
    KieBuilder builder;
    try {
      builder = compile(classes, all);
    } catch (RuntimeException | AssertionError e) {
      // The model compiler throws on some constructs instead of reporting them: find the sheet.
      List<String> problems = new ArrayList<>();
      for (String sheet : all) {
        try {
          compile(classes, List.of(sheet));
        } catch (RuntimeException | AssertionError alone) {
          problems.add(sheet + ": the model compiler throws: " + describe(alone));
        }
      }
      if (problems.isEmpty()) {
        problems.add("rule sheets: the model compiler throws: " + describe(e));
      }
      fail(problems);
      throw e;
    }
    List<String> problems = new ArrayList<>();
    for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
      String line = message.getLine() > 0 ? ":" + message.getLine() : "";
      String sheet = message.getPath() == null ? "rule sheets" : message.getPath().replaceFirst("^src/main/resources/", "");
      problems.add(sheet + line + ": " + message.getText().strip().replaceAll("\\s+", " "));
    }
    if (!problems.isEmpty()) {
      fail(problems);
    }
    return (InternalKieModule) builder.getKieModule();
  }

  private static KieBuilder compile(Path classes, List<String> sheets) throws IOException {
    KieServices services = KieServices.get();
    KieFileSystem files = services.newKieFileSystem();
    files.generateAndWritePomXML(RELEASE);
    for (String sheet : sheets) {
      files.write("src/main/resources/" + sheet, Files.readAllBytes(classes.resolve(sheet)));
    }
    KieBuilder builder = services.newKieBuilder(files);
    builder.buildAll(ExecutableModelProject.class);
    return builder;
  }

  private static String describe(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = String.valueOf(cause.getMessage());
    return cause.getClass().getSimpleName() + ": " + message.lines().findFirst().orElse("");
  }

  private static void fail(List<String> problems) {
    System.err.println("[perf] perf's rule sheets do not compile to Drools' executable model:");
    problems.forEach(p -> System.err.println("[perf]   " + p));
    System.exit(1);
  }
}
