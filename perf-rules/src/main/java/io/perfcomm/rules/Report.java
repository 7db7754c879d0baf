package io.perfcomm.rules;

import io.perfcomm.core.Period;
import io.perfcomm.core.objective.IndicatorId;
import io.perfcomm.core.organisation.DepartmentId;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.policy.EffectivePolicy;
import io.perfcomm.core.policy.Policy;
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
  private final Policy merged;
  private final EffectivePolicy policy;
  private final Map<PersonId, EffectivePolicy> policies;
  private final Map<IndicatorId, String> indicators;
  private final SeverityChanges severities;
  private final int leftOut;

  Report(Period period, LocalDateTime asOf, List<Finding> sortedFindings, MessageBundles messages) {
    this(period, asOf, sortedFindings, messages, Collections.emptySortedMap(), Map.of(), 0);
  }

  /**
   * A report that says which checkpoints were off and by whom, how many events were left out as dated
   * after asOf ({@code leftOut}), which checkpoints had a severity set by the policy,
   * and whose messages name people as the cycle does ({@code names}: person id → name).
   */
  Report(Period period, LocalDateTime asOf, List<Finding> sortedFindings, MessageBundles messages,
      SortedMap<String, Set<DisabledBy>> disabled, Map<PersonId, String> names, int leftOut) {
    this(period, asOf, sortedFindings, messages, disabled, names, leftOut, Policy.defaults(), Map.of(), Map.of(),
        SeverityChanges.NONE);
  }

  /**
   * A report whose titles state the policy in force ({@code merged}: the cycle's policy with the
   * engine's written over it; {@code policies} for each person whose department overrides it):
   * 评分前至少沟通 3 次 when the company asks for three; whose findings name indicators by name
   * ({@code indicators}: id → name); and which says which checkpoints had a severity set by the policy
   * ({@code severities}).
   */
  Report(Period period, LocalDateTime asOf, List<Finding> sortedFindings, MessageBundles messages,
      SortedMap<String, Set<DisabledBy>> disabled, Map<PersonId, String> names, int leftOut, Policy merged,
      Map<PersonId, EffectivePolicy> policies, Map<IndicatorId, String> indicators, SeverityChanges severities) {
    this.leftOut = leftOut;
    this.indicators = Map.copyOf(indicators);
    this.merged = merged;
    this.policy = merged.effective();
    this.policies = Map.copyOf(policies);
    this.disabled = disabled;
    this.severities = severities;
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

  /**
   * {@return the checkpoints whose severity the company's policy set, by id (sorted), with that
   * severity}: their findings at the checkpoint's default severity carry this one instead (the
   * policy's {@code severities}; the engine's policy wins over the cycle's).
   */
  public SortedMap<String, Severity> severities() {
    return severities.company();
  }

  /**
   * {@return the severities a department's own policy sets on top of the company's, by department id,
   * then checkpoint id (both sorted)}; empty when no department sets any.
   */
  public SortedMap<String, SortedMap<String, Severity>> departmentSeverities() {
    return severities.departments();
  }

  /**
   * {@return the company's policy values in force in this check: the cycle's policy with the engine's
   * written over it (the engine's alone when it ignores the cycle's), without a department's overrides}
   */
  public EffectivePolicy policy() {
    return policy;
  }

  /**
   * {@return the policy values in force in one department in this check: the company's with that
   * department's overrides written over them; the company's when it has none}
   *
   * @param department the department
   */
  public EffectivePolicy policy(DepartmentId department) {
    return merged.departments().containsKey(department) ? merged.effective(department) : policy;
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
   * {@return why, in the reader's language: people by name and id, indicators by name where the cycle
   * names them}
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
   * {@return any message (a finding's, an agenda's, a due step's) in the reader's language, people
   * named as the checked cycle names them and indicators by name}
   *
   * @param message the message
   * @param locale the locale of the text
   */
  public String render(Message message, Locale locale) {
    return renderer().render(message, locale);
  }

  /**
   * {@return the renderer of this report's messages: the engine's bundles, people named as the
   * checked cycle names them ({@code 姓名（工号）}) and indicators by name (大客户回款额), so that a
   * finding reads the same in the check, in an agenda's preparation and in a due list}
   */
  public MessageRenderer renderer() {
    return messages.renderer(cycleNames());
  }

  /** The names of the checked cycle's people and indicators, by id. */
  private MessageBundles.Names cycleNames() {
    return new MessageBundles.Names() {
      @Override
      public Optional<String> of(PersonId id) {
        return name(id);
      }

      @Override
      public Optional<String> indicator(IndicatorId id) {
        return Optional.ofNullable(indicators.get(id));
      }
    };
  }

  /**
   * {@return a checkpoint's one-line title in the reader's language, stating the cycle's policy in force}
   *
   * @param checkpoint the checkpoint id, e.g. {@code COM-02}
   * @param locale the locale of the text
   */
  public String title(String checkpoint, Locale locale) {
    return messages.render(checkpoint + ".title", titleArguments(policy), locale);
  }

  /**
   * {@return a finding's checkpoint title in the reader's language, stating the policy in force for the
   * person it is about (a department may ask for more than the company)}
   *
   * @param finding the finding
   * @param locale the locale of the text
   */
  public String title(Finding finding, Locale locale) {
    EffectivePolicy own = finding.employee().or(finding::evaluator).map(policies::get).orElse(policy);
    return messages.render(finding.checkpoint() + ".title", titleArguments(own), locale);
  }

  /**
   * The policy values titles state, by the names their patterns use: counts, hours, minutes and day
   * limits as numbers, and whether the day limits count working days ({@code working}: 7 个工作日, not 7 天).
   */
  static Map<String, Object> titleArguments(EffectivePolicy policy) {
    return Map.ofEntries(
        Map.entry("weekly", policy.keyPositionWeeklyCommunications()),
        Map.entry("min", policy.minCommunicationsBeforeScoring()),
        Map.entry("hours", policy.noticeHours()),
        Map.entry("minutes", policy.minInterviewMinutes()),
        Map.entry("holdPay", policy.holdsPayDuringAppeal()),
        Map.entry("planAlways", policy.planAlwaysRequired()),
        Map.entry(DepartmentPolicy.WORKING, DepartmentPolicy.countsWorkingDays(policy)),
        Map.entry("lastDays", policy.lastMinuteEvidenceDays()),
        Map.entry("scoringDays", policy.scoringDeadlineDays()),
        Map.entry("interviewDays", policy.interviewWithinDays()),
        Map.entry("talkDays", policy.applicationTalkWithinDays()),
        Map.entry("objectionDays", policy.objectionResponseDays()),
        Map.entry("appealDays", policy.appealDecisionDays()),
        Map.entry("applicationDays", policy.applicationWithinDays()),
        Map.entry("passMark", policy.passMark()),
        Map.entry("failedPeriods", policy.failedPeriodsForPenalty()),
        Map.entry("penaltyPoints", policy.penaltyPoints()));
  }

  /**
   * {@return a value as this report's messages write it in the locale: a date-time on the 24-hour clock
   * in Chinese, a monthly period as its month (2026年3月, March 2026), a person by name and id, an indicator by name}
   *
   * @param value the value: a date, a date-time, a period id, a person id, an indicator id, a number…
   * @param locale the locale of the text
   */
  public String format(Object value, Locale locale) {
    return messages.format(value, locale, cycleNames());
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
        + (disabled.isEmpty() ? "" : ", disabled=" + disabled.keySet())
        + (severities().isEmpty() ? "" : ", severities=" + severities()) + "}";
  }
}
