package io.perfcomm.rules.agenda;

import io.perfcomm.rules.Evidence;
import java.util.SortedSet;
import io.perfcomm.rules.Message;
import org.immutables.value.Value;

/**
 * A fact agenda rules insert: one thing to say or ask under the {@link Topic} of the same kind and
 * subject, with the records behind it. A point may add weight to its item (an open objection, a missed
 * target), so that the item gets more of the minutes.
 */
@Value.Immutable
public abstract class TalkingPoint {

  /** {@return the kind of item the point belongs to} */
  public abstract AgendaItemKind kind();

  /** {@return the subject of the topic it belongs under, or empty} */
  @Value.Default
  public String subject() {
    return "";
  }

  /** {@return the position among the item's points; ties are broken by key and arguments} */
  @Value.Default
  public int order() {
    return 0;
  }

  /** {@return weight added to the item's own} */
  @Value.Default
  public int weight() {
    return 0;
  }

  /** {@return what to say or ask} */
  public abstract Message text();

  /** {@return the ids of the records this point rests on, sorted} */
  @Value.NaturalOrder
  public abstract SortedSet<String> records();

  /**
   * A new point under the topic of a kind.
   *
   * @param kind the kind
   * @param text the text
   * @return this builder
   */
  public static Builder of(AgendaItemKind kind, Message text) {
    return new Builder().kind(kind).text(text);
  }

  /** Kind, order, message key and record ids only: the subject and the values may be names or scores (logged at TRACE). */
  @Override
  public String toString() {
    return "TalkingPoint{" + kind() + ", order " + order() + ", " + text() + ", records " + records() + "}";
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TalkingPoint}; {@code evidence} takes ids of any kind, collections or optionals of them. */
  public static final class Builder extends ImmutableTalkingPoint.Builder {

    /**
     * Cites records: ids of any kind, or collections or optionals of them.
     *
     * @param ids ids of any kind, or collections of them
     * @return this builder
     */
    public Builder evidence(Object... ids) {
      Evidence.add(this::addRecords, ids);
      return this;
    }
  }
}
