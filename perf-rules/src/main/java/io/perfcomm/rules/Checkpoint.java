package io.perfcomm.rules;

import java.util.List;
import org.immutables.value.Value;

/**
 * A checkpoint of the catalogue: its stable id, default severity and the policy values it reads.
 * Its title, message and advice live in the message bundles under {@code <id>.title}, {@code
 * <id>.message} and {@code <id>.advice}.
 */
@Value.Immutable
public abstract class Checkpoint {

  /** {@return the stable id, e.g. {@code COM-02}: rule names start with it} */
  @Value.Parameter
  public abstract String id();

  /** {@return the severity of the checkpoint's findings} */
  @Value.Parameter
  public abstract Severity severity();

  /** {@return the names of the policy values this checkpoint reads, as in the policy file} */
  public abstract List<String> parameters();

  /** {@return the management system the checkpoint belongs to: its id's prefix, e.g. {@code COM}} */
  public String system() {
    return id().substring(0, id().indexOf('-'));
  }

  /**
   * {@return a checkpoint}
   *
   * @param id the checkpoint's id, e.g. {@code ACME-01}
   * @param severity the severity of its findings
   * @param parameters the names of the policy values it reads
   */
  public static Checkpoint of(String id, Severity severity, String... parameters) {
    return builder().id(id).severity(severity).addParameters(parameters).build();
  }

  /** Checks the id's form and the severity. */
  @Value.Check
  protected void check() {
    if (!id().matches("[A-Z][A-Z0-9]*-[0-9A-Z]+")) {
      throw new IllegalArgumentException("checkpoint id " + id() + " is not of the form ABC-01");
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Checkpoint}. */
  public static final class Builder extends ImmutableCheckpoint.Builder {}
}
