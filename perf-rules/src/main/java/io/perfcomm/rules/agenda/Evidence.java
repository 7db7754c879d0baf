package io.perfcomm.rules.agenda;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;

/** Flattens record ids given as ids, collections or optionals into strings, as findings cite them. */
final class Evidence {

  private Evidence() {}

  static void add(Consumer<String> sink, Object... ids) {
    for (Object id : ids) {
      if (id instanceof Collection<?>) {
        ((Collection<?>) id).forEach(i -> add(sink, i));
      } else if (id instanceof Optional<?>) {
        ((Optional<?>) id).ifPresent(i -> add(sink, i));
      } else if (id != null) {
        sink.accept(id.toString());
      }
    }
  }
}
