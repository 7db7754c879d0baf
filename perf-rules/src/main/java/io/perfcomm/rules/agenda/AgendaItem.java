package io.perfcomm.rules.agenda;

import java.util.List;
import io.perfcomm.rules.Message;
import org.immutables.value.Value;

/** One item of an agenda: its kind, title, suggested minutes, talking points and the records behind them. */
@Value.Immutable
public abstract class AgendaItem {

  /** {@return what the item is about} */
  public abstract AgendaItemKind kind();

  /** {@return the item's heading} */
  public abstract Message title();

  /** {@return the suggested minutes, at least one} */
  public abstract int minutes();

  /** {@return what to say or ask, in order} */
  public abstract List<Message> points();

  /** {@return the ids of the records the item and its points rest on, sorted} */
  public abstract List<String> records();

  /** Checks the item has minutes and a title. */
  @Value.Check
  protected void check() {
    if (minutes() < 1) {
      throw new IllegalArgumentException("agenda item " + kind() + ": minutes " + minutes() + " is below 1");
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgendaItem}. */
  public static final class Builder extends ImmutableAgendaItem.Builder {}
}
