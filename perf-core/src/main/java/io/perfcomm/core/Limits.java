package io.perfcomm.core;

/**
 * The bounds one value of a cycle may reach (docs/format.md, "Conventions"): beyond them a cycle is an input
 * error naming the record and field. They keep a file of a few megabytes from becoming gigabytes of
 * output (a name is repeated in every finding about its person) and keep date arithmetic in range.
 */
public final class Limits {

  /** The most characters an id may have. */
  public static final int MAX_ID_LENGTH = 100;

  /** The most characters a name (of a person, department, position, indicator or room) may have. */
  public static final int MAX_NAME_LENGTH = 200;

  /** The first year of a date perf computes with. */
  public static final int FIRST_YEAR = 1900;

  /** The last year of a date perf computes with. */
  public static final int LAST_YEAR = 9999;

  private Limits() {}

  /**
   * {@return whether a year lies within {@link #FIRST_YEAR} – {@link #LAST_YEAR}}
   *
   * @param year the year
   */
  public static boolean isSaneYear(int year) {
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }

  /**
   * {@return a value as a problem may quote it: cut after {@link #MAX_ID_LENGTH} characters, so a
   * refusal stays short}
   *
   * @param value the value
   */
  public static String quoted(String value) {
    return value.length() <= MAX_ID_LENGTH ? value : value.substring(0, MAX_ID_LENGTH) + "…";
  }
}
