package io.perfcomm.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A value perf's own deserializers refuse, with the reason as the file's reader should read it
 * ({@code is empty: …}); {@link MappingFailure} puts the field and value in front.
 */
final class StatedMismatch extends MismatchedInputException {

  private static final long serialVersionUID = 1L;

  private final String reason;

  StatedMismatch(JsonParser parser, String reason) {
    super(parser, reason);
    this.reason = reason;
  }

  /** Why the value is refused, without the field or value. */
  String reason() {
    return reason;
  }
}
