package io.perfcomm.rules;

import io.perfcomm.core.Period;
import io.perfcomm.core.organisation.PersonId;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * The result of one check: every finding, sorted by checkpoint, employee and records, with counts
 * per severity; renders each finding's message and advice in a reader's language.
 */
public final class Report {

  private final Period period;
  private final LocalDateTime asOf;
  private final List<Finding> findings;
  private final Map<Severity, Integer> summary;
  private final MessageBundles messages;
  private final SortedMap<String, Set<DisabledBy>> disabled;
  private final Map<PersonId, String> names;
  private final int leftOut;

  Report(Period period, LocalDateTime asOf, List<Finding> sortedFindings, MessageBundles messages) {
    this(period, asOf, sortedFindings, messages, Collections.emptySortedMap(), Map.of(), 0);
  }

  /**
   * A report that says which checkpoints were off and by whom, and whose messages name people as the
   * cycle does ({@code names}: person id → name).
   */
  Report(Period period, LocalDateTime asOf, List<Finding> sortedFindings, MessageBundles messages,
      SortedMap<String, Set<DisabledBy>> disabled, Map<PersonId, String> names, int leftOut) {
    this.leftOut = leftOut;
    this.disabled = disabled;
    this.names = Map.copyOf(names);
    this.period = period;
    this.asOf = asOf;
    this.findings = List.copyOf(sortedFindings);
    this.messages = messages;
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, 0);
    }
    this.findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    this.summary = Collections.unmodifiableMap(counts);
  }

  /** {@return the period checked} */
  public Period period() {
    return period;
  }

  /** {@return the moment the check was made at: the cycle's {@code asOf}, or the time of the check} */
  public LocalDateTime asOf() {
    return asOf;
  }

  /**
   * {@return how many events of the cycle were dated after {@link #asOf} and left out as not yet happened
   * (DOMAIN.md §6.1: perf judges the cycle as it stood at {@code asOf}); 0 when none}
   */
  public int leftOut() {
    return leftOut;
  }

  /**
   * {@return the checkpoints switched off in this check, by id (sorted), each with who switched it off: no
   * finding of them is reported, so a report without findings is only clean for the others}
   */
  public SortedMap<String, Set<DisabledBy>> disabled() {
    return disabled;
  }

  /** {@return every finding, sorted by checkpoint, employee, records} */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * {@return the findings of one checkpoint}
   *
   * @param checkpoint the checkpoint id, e.g. {@code COM-02}
   */
  public List<Finding> findings(String checkpoint) {
    return findings.stream().filter(f -> f.checkpoint().equals(checkpoint)).collect(Collectors.toList());
  }

  /**
   * {@return the findings about one employee}
   *
   * @param employee the employee
   */
  public List<Finding> about(PersonId employee) {
    return findings.stream().filter(f -> f.employee().filter(employee::equals).isPresent())
        .collect(Collectors.toList());
  }

  /** {@return how many findings there are of each severity, every severity present} */
  public Map<Severity, Integer> summary() {
    return summary;
  }

  /**
   * {@return how many findings there are of a severity}
   *
   * @param severity the severity
   */
  public int count(Severity severity) {
    return summary.get(severity);
  }

  /** {@return whether any finding is an ERROR: the process was broken somewhere} */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /**
   * {@return why, in the reader's language}
   *
   * @param finding the finding
   * @param locale the locale of the text
   */
  public String message(Finding finding, Locale locale) {
    return render(finding.message(), locale);
  }

  /**
   * {@return what to do next, in the reader's language}
   *
   * @param finding the finding
   * @param locale the locale of the text
   */
  public String advice(Finding finding, Locale locale) {
    return render(finding.advice(), locale);
  }

  /**
   * {@return any message (a finding's, an agenda's) in the reader's language, people named as the
   * checked cycle names them}
   *
   * @param message the message
   * @param locale the locale of the text
   */
  public String render(Message message, Locale locale) {
    return renderer().render(message, locale);
  }

  /**
   * {@return the renderer of this report's messages: the engine's bundles, people named as the
   * checked cycle names them}
   */
  public MessageRenderer renderer() {
    return messages.renderer(this::name);
  }

  /**
   * {@return a checkpoint's one-line title in the reader's language}
   *
   * @param checkpoint the checkpoint id, e.g. {@code COM-02}
   * @param locale the locale of the text
   */
  public String title(String checkpoint, Locale locale) {
    return messages.render(checkpoint + ".title", Map.of(), locale);
  }

  /**
   * {@return the name of a person the checked cycle knows; findings keep ids, messages render names}
   *
   * @param person the person
   */
  public Optional<String> name(PersonId person) {
    return Optional.ofNullable(names.get(person));
  }

  @Override
  public String toString() {
    return "Report{period=" + period.id() + ", asOf=" + asOf + ", " + summary
        + (disabled.isEmpty() ? "" : ", disabled=" + disabled.keySet()) + "}";
  }
}
