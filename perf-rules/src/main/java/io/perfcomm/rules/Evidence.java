package io.perfcomm.rules;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Flattens record ids given as ids, collections or optionals into strings, as findings and agenda
 * facts cite them; rule consequences pass whatever their patterns bound.
 */
public final class Evidence {

  private Evidence() {}

  /**
   * Gives each id to the sink as text, descending into collections and optionals, skipping nulls.
   *
   * @param sink where the ids go
   * @param ids ids of any kind, or collections of them
   */
  public static void add(Consumer<String> sink, Object... ids) {
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
