package io.perfcomm.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;

/**
 * Writes a whole-valued double as an integer ({@code 60}, not {@code 60.0}), as people write weights
 * and scores in a cycle file; other values as Jackson does.
 */
final class WholeDoubleSerializer extends StdScalarSerializer<Double> {

  private static final long serialVersionUID = 1L;

  // Beyond 2^53 not every whole number is a double, so those keep Jackson's exponent notation.
  private static final double EXACT_LIMIT = 9_007_199_254_740_992d;

  WholeDoubleSerializer() {
    super(Double.class);
  }

  @Override
  public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    double d = value;
    if (d == Math.rint(d) && Math.abs(d) <= EXACT_LIMIT && !(d == 0 && 1 / d < 0)) {
      gen.writeNumber((long) d);
    } else {
      gen.writeNumber(d);
    }
  }
}
