package io.perfcomm.rules;

/** Who switched a checkpoint off for a check: the engine, the engine's policy, or the cycle's own policy. */
public enum DisabledBy {
  /** {@link PerfEngine.Builder#disable} (the command line's {@code --disable}). */
  ENGINE,
  /** The company policy given to {@link PerfEngine.Builder#policy} (the command line's {@code --policy} file). */
  POLICY_FILE,
  /**
   * The {@code policy} the cycle file itself carries: data, not configuration, so hosts that do not
   * trust their files can ignore it ({@link PerfEngine.Builder#ignoreCyclePolicy}).
   */
  CYCLE
}
