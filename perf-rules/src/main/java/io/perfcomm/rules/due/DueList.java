package io.perfcomm.rules.due;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.Period;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.organisation.Role;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.Message;
import io.perfcomm.rules.MessageRenderer;
import io.perfcomm.rules.Report;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every step still open at {@code asOf} (DOMAIN.md §8), ordered by day, read from a check's report:
 * each finding a rule marked with a {@link Step} gives one {@link DueStep}. Narrowed per person who
 * acts ({@link #forActor}) or to the days ahead ({@link #within}); rendered in a reader's language.
 */
public final class DueList {

  /** The format version of the JSON form (docs/format.md, "Output of due"). */
  public static final String FORMAT = "perf-due/1";

  private static final Comparator<DueStep> ORDER = Comparator.comparing(DueStep::by)
      .thenComparing(s -> s.actor().map(PersonId::value).orElse(""))
      .thenComparing(DueStep::actorRole)
      .thenComparing(s -> s.about().value())
      .thenComparing(DueStep::step)
      .thenComparing(DueStep::subject);

  private final Period period;
  private final LocalDateTime asOf;
  private final Optional<ZoneId> timeZone;
  private final List<DueStep> steps;
  private final MessageRenderer renderer;
  private final int leftOut;

  private DueList(Period period, LocalDateTime asOf, Optional<ZoneId> timeZone, List<DueStep> steps,
      MessageRenderer renderer, int leftOut) {
    this.leftOut = leftOut;
    this.period = period;
    this.asOf = asOf;
    this.timeZone = timeZone;
    this.steps = List.copyOf(steps);
    this.renderer = renderer;
  }

  /**
   * {@return the open steps of a checked cycle: one per finding of the report marked with a step} A step whose
   * record names who acts (an improvement plan's owner) is theirs; otherwise the evaluator acts for the
   * finding's evaluator, the employee for themself, and HR is the cycle's HR person in the employee's
   * department, else its first HR person, else nobody named.
   *
   * @param cycle the cycle checked
   * @param report the report of its check
   * @throws IllegalArgumentException if the report is of another period than the cycle
   */
  public static DueList of(Cycle cycle, Report report) {
    if (!report.period().id().equals(cycle.period().id())) {
      throw new IllegalArgumentException("the report is of period " + report.period().id() + ", the cycle of "
          + cycle.period().id());
    }
    List<Person> hr = cycle.people().stream().filter(p -> p.effectiveRoles().contains(Role.HR))
        .collect(Collectors.toList());
    List<DueStep> steps = new ArrayList<>();
    for (Finding finding : report.findings()) {
      if (finding.step().isEmpty() || finding.employee().isEmpty()) {
        continue;
      }
      Step step = finding.step().get();
      PersonId about = finding.employee().get();
      Optional<PersonId> actor = step.actor();
      if (actor.isEmpty()) {
        switch (step.actorRole()) {
          case EMPLOYEE:
            actor = Optional.of(about);
            break;
          case HR:
            actor = hrOf(cycle, hr, about);
            break;
          default:
            actor = finding.evaluator();
        }
      }
      steps.add(DueStep.builder().period(cycle.period().id()).actor(actor).actorRole(step.actorRole())
          .step(step.kind()).about(about).by(step.by()).overdue(step.overdue()).subject(step.subject())
          .addAllRecords(finding.records()).build());
    }
    steps.sort(ORDER);
    return new DueList(cycle.period(), report.asOf(), cycle.timeZone(), steps, report.renderer(), report.leftOut());
  }

  private static Optional<PersonId> hrOf(Cycle cycle, List<Person> hr, PersonId employee) {
    Optional<Person> person = cycle.person(employee);
    return hr.stream().filter(h -> person.map(p -> p.department().equals(h.department())).orElse(false))
        .findFirst().or(() -> hr.stream().findFirst()).map(Person::id);
  }

  /** {@return the period checked} */
  public Period period() {
    return period;
  }

  /** {@return the moment the steps are open at: the check's {@code asOf}} */
  public LocalDateTime asOf() {
    return asOf;
  }

  /** {@return the cycle's time zone, in which every day and moment here is local; absent when the cycle gives none} */
  public Optional<ZoneId> timeZone() {
    return timeZone;
  }

  /** {@return how many events of the cycle were dated after {@code asOf} and left out as not yet happened (the check's)} */
  public int leftOut() {
    return leftOut;
  }

  /** {@return every open step, ordered by day, then actor, employee and step} */
  public List<DueStep> steps() {
    return steps;
  }

  /** {@return whether no step is open} */
  public boolean isEmpty() {
    return steps.isEmpty();
  }

  /**
   * {@return the steps one person must take}
   *
   * @param actor the person
   */
  public DueList forActor(PersonId actor) {
    return filtered(s -> s.actor().filter(actor::equals).isPresent());
  }

  /**
   * {@return the steps due within so many days of {@code asOf}'s day (that day included), and every overdue one}
   *
   * @param days how many days after {@code asOf}'s day; 0 for that day only
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public DueList within(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    LocalDate last = asOf.toLocalDate().plusDays(days);
    return filtered(s -> s.overdue() || !s.by().isAfter(last));
  }

  /** {@return the people who act, in the order of their first step; an unnamed actor (no evaluator, no HR) last} */
  public List<Optional<PersonId>> actors() {
    List<Optional<PersonId>> actors = steps.stream().map(DueStep::actor).distinct().collect(Collectors.toList());
    actors.sort(Comparator.comparing(Optional::isEmpty));
    return actors;
  }

  /**
   * {@return what a step asks, in the reader's language, the employee named as the cycle names them}
   *
   * @param step a step of this list
   * @param locale the reader's language
   */
  public String text(DueStep step, Locale locale) {
    return renderer.render(step.text(), locale);
  }

  /**
   * {@return the list as docs/format.md's JSON ({@value #FORMAT}), texts in the reader's language}
   *
   * @param locale the reader's language
   */
  public String toJson(Locale locale) {
    return DueJson.write(this, locale);
  }

  /**
   * {@return a person as the cycle names them, {@code Name (id)} / {@code 姓名（工号）}}: for headings per
   * person who acts.
   *
   * @param person the person
   * @param locale the reader's language
   */
  public String person(PersonId person, Locale locale) {
    return renderer.render(Message.builder().key("due.person").putArguments("person", person).build(), locale);
  }

  /**
   * {@return the period as a reader names it: a month as {@code March 2026} / {@code 2026年3月}, any other
   * period by its id}
   *
   * @param locale the reader's language
   */
  public String periodName(Locale locale) {
    return renderer.render(Message.builder().key("due.period").putArguments("period", period.id()).build(), locale);
  }

  /** {@return the renderer of this list's messages: the check's} */
  public MessageRenderer renderer() {
    return renderer;
  }

  private DueList filtered(Predicate<DueStep> keep) {
    return new DueList(period, asOf, timeZone, steps.stream().filter(keep).collect(Collectors.toList()), renderer,
        leftOut);
  }

  @Override
  public String toString() {
    return "DueList{period=" + period.id() + ", asOf=" + asOf + ", " + steps.size() + " steps}";
  }
}
