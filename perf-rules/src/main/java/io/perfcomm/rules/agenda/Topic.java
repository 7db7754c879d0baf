package io.perfcomm.rules.agenda;

import io.perfcomm.rules.Evidence;
import java.util.SortedSet;
import io.perfcomm.rules.Message;
import org.immutables.value.Value;

/**
 * A fact agenda rules insert: one item to talk about, with its weight in the share-out of minutes.
 * Topics of the same kind are told apart by {@code subject} (an indicator or plan id) and ordered by
 * {@code order}; {@link TalkingPoint}s of the same kind and subject go under it.
 */
@Value.Immutable
public abstract class Topic {

  /** {@return the kind of item} */
  public abstract AgendaItemKind kind();

  /** {@return what the item is about within its kind (an indicator id, a plan id), or empty} */
  @Value.Default
  public String subject() {
    return "";
  }

  /** {@return the position among the items of the same kind} */
  @Value.Default
  public int order() {
    return 0;
  }

  /** {@return the share of the planned minutes this item gets, before its points add theirs} */
  @Value.Default
  public int weight() {
    return 1;
  }

  /** {@return the item's heading} */
  public abstract Message title();

  /** {@return the ids of the records the item rests on, sorted} */
  @Value.NaturalOrder
  public abstract SortedSet<String> records();

  /** Checks the topic's share of the minutes. */
  @Value.Check
  protected void check() {
    if (weight() < 1) {
      throw new IllegalArgumentException("topic " + kind() + " " + subject() + ": weight " + weight() + " is below 1");
    }
  }

  /**
   * A new topic of a kind with a title.
   *
   * @param kind the kind
   * @param title the item's heading
   * @return this builder
   */
  public static Builder of(AgendaItemKind kind, Message title) {
    return new Builder().kind(kind).title(title);
  }

  /** Kind, order, message key and record ids only: the subject and the values may be names or scores (logged at TRACE). */
  @Override
  public String toString() {
    return "Topic{" + kind() + ", order " + order() + ", " + title() + ", records " + records() + "}";
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Topic}; {@code evidence} takes ids of any kind, collections or optionals of them. */
  public static final class Builder extends ImmutableTopic.Builder {

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
