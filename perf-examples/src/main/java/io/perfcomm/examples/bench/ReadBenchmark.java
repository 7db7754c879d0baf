package io.perfcomm.examples.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.perfcomm.core.Cycle;
import io.perfcomm.core.json.CycleJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading the 10,000-employee cycle file (about 90 MB) in a heap of 256 MB: {@code read} is {@link
 * CycleJson#read(Path)}; {@code floor} is a plain Jackson streaming pass over the same file that
 * builds nothing, the least any reader of it costs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@State(Scope.Benchmark)
public class ReadBenchmark {

  private static final JsonFactory JSON = new JsonFactory();

  private Path file;

  @Setup
  public void setUp() throws IOException {
    file = Workloads.file(Workloads.company());
  }

  @Benchmark
  public Cycle read() throws IOException {
    return CycleJson.read(file);
  }

  @Benchmark
  public long floor() throws IOException {
    long tokens = 0;
    try (JsonParser parser = JSON.createParser(file.toFile())) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_STRING) {
          tokens += parser.getTextLength();
        } else {
          tokens++;
        }
      }
    }
    return tokens;
  }
}
