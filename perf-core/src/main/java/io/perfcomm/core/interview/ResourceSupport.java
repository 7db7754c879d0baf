package io.perfcomm.core.interview;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** One item of resource support in an improvement plan. */
@Value.Immutable
@JsonSerialize(as = ImmutableResourceSupport.class)
@JsonDeserialize(as = ImmutableResourceSupport.class)
public abstract class ResourceSupport {

  /** {@return the kind of support} */
  public abstract ResourceKind kind();

  /** {@return what the support is} */
  @Value.Redacted
  public abstract String text();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResourceSupport}. */
  public static final class Builder extends ImmutableResourceSupport.Builder {}
}
