package io.perfcomm.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven over the DevTools protocol, with nothing but the JDK's WebSocket
 * and Jackson: opens a page at a given width, evaluates JavaScript in it, switches it to print media,
 * and collects what the page reported as an error (console errors, uncaught exceptions, failed loads).
 */
final class HeadlessChromium implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final long TIMEOUT_SECONDS = 20;

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<Void>> loads = new ConcurrentHashMap<>();
  private final Map<String, List<String>> errors = new ConcurrentHashMap<>();

  /** The browser on the PATH, if installed. */
  static Optional<Path> executable() {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, "chromium"))
        .filter(Files::isExecutable)
        .findFirst();
  }

  HeadlessChromium(Path executable) throws Exception {
    profile = Files.createTempDirectory("perf-chromium-");
    // Without the background-networking flags Chromium dials Google services at start; on a closed
    // network those refused connections are noise at best. Port 0: the browser picks a free port
    // and prints it, so parallel builds never collide.
    process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-extensions", "--hide-scrollbars", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    URI endpoint = endpoint();
    socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(endpoint, new Listener())
        .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  /** Reads the browser's stderr until it names its DevTools endpoint, then drains the rest. */
  private URI endpoint() throws IOException {
    BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    CompletableFuture<URI> found = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try {
        for (String line; (line = err.readLine()) != null; ) {
          Matcher m = LISTENING.matcher(line);
          if (m.find()) {
            found.complete(URI.create(m.group(1)));
          }
        }
        found.completeExceptionally(new IOException("chromium exited without a DevTools endpoint"));
      } catch (IOException e) {
        found.completeExceptionally(e);
      }
    }, "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    try {
      return found.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (Exception e) {
      process.destroyForcibly();
      throw new IOException("chromium did not start: " + e, e);
    }
  }

  /** A page (a tab) showing a file at a viewport width, loaded. */
  Page open(Path file, int width) throws Exception {
    String target = call(null, "Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
    String session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
        .path("sessionId").asText();
    errors.put(session, new CopyOnWriteArrayList<>());
    call(session, "Page.enable", Map.of());
    call(session, "Runtime.enable", Map.of());
    call(session, "Log.enable", Map.of());
    Page page = new Page(session);
    page.viewport(width, 900);
    CompletableFuture<Void> loaded = new CompletableFuture<>();
    loads.put(session, loaded);
    call(session, "Page.navigate", Map.of("url", file.toUri().toString()));
    loaded.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    return page;
  }

  /** One open page. */
  final class Page {
    private final String session;

    private Page(String session) {
      this.session = session;
    }

    void viewport(int width, int height) throws Exception {
      call(session, "Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Lays the page out as for printing ({@code @media print}) on a page {@code width} CSS px wide. */
    void print(int width) throws Exception {
      call(session, "Emulation.setEmulatedMedia", Map.of("media", "print"));
      viewport(width, 900);
    }

    /** The value of a JavaScript expression, which must be JSON-serialisable. */
    JsonNode evaluate(String expression) throws Exception {
      JsonNode result = call(session, "Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
      if (result.has("exceptionDetails")) {
        throw new AssertionError("script failed: " + result.path("exceptionDetails"));
      }
      return result.path("result").path("value");
    }

    /** The page as Chromium prints it, honouring its {@code @page} size. */
    byte[] pdf() throws Exception {
      return call(session, "Page.printToPDF", Map.of("preferCSSPageSize", true, "printBackground", true))
          .path("data").binaryValue();
    }

    /** What the page reported as errors since it was opened. */
    List<String> errors() {
      return List.copyOf(errors.get(session));
    }
  }

  private JsonNode call(String session, String method, Map<String, Object> params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", JSON.valueToTree(params));
    if (session != null) {
      message.put("sessionId", session);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    JsonNode answer = reply.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (answer.has("error")) {
      throw new IllegalStateException(method + ": " + answer.path("error"));
    }
    return answer.path("result");
  }

  private void dispatch(JsonNode message) {
    if (message.has("id")) {
      CompletableFuture<JsonNode> reply = pending.remove(message.path("id").asInt());
      if (reply != null) {
        reply.complete(message);
      }
      return;
    }
    String session = message.path("sessionId").asText();
    JsonNode params = message.path("params");
    List<String> sink = errors.get(session);
    switch (message.path("method").asText()) {
      case "Page.loadEventFired" -> Optional.ofNullable(loads.remove(session)).ifPresent(f -> f.complete(null));
      case "Runtime.exceptionThrown" -> add(sink, "exception: " + params.path("exceptionDetails"));
      case "Runtime.consoleAPICalled" -> {
        String type = params.path("type").asText();
        if (type.equals("error") || type.equals("assert")) {
          add(sink, "console." + type + ": " + params.path("args"));
        }
      }
      case "Log.entryAdded" -> {
        if (params.path("entry").path("level").asText().equals("error")) {
          add(sink, "log: " + params.path("entry").path("text").asText() + " " + params.path("entry").path("url").asText());
        }
      }
      default -> { }
    }
  }

  private static void add(List<String> sink, String error) {
    if (sink != null) {
      sink.add(error);
    }
  }

  /** Collects text frames, which may arrive in parts, into messages. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          dispatch(JSON.readTree(partial.toString()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } finally {
          partial.setLength(0);
        }
      }
      webSocket.request(1);
      return null;
    }
  }

  @Override
  public void close() throws Exception {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (Exception ignored) {
      // the browser is stopped below either way
    }
    // Chromium's helper processes (network service, GPU) outlive the browser for a moment and keep
    // writing to the profile: stop them too, or the profile changes under the walk below.
    List<ProcessHandle> helpers = process.descendants().toList();
    process.destroy();
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
    for (ProcessHandle helper : helpers) {
      helper.destroyForcibly();
      try {
        helper.onExit().get(5, TimeUnit.SECONDS);
      } catch (Exception ignored) {
        // a helper that will not stop only leaves its files behind
      }
    }
    for (int attempt = 0; attempt < 3 && Files.exists(profile); attempt++) {
      try (Stream<Path> files = Files.walk(profile)) {
        List<Path> all = new ArrayList<>(files.sorted(Comparator.reverseOrder()).toList());
        for (Path path : all) {
          Files.deleteIfExists(path);
        }
      } catch (IOException | java.io.UncheckedIOException ignored) {
        // a file vanished or appeared mid-walk: walk again; a temp profile left behind is harmless
      }
    }
  }
}
