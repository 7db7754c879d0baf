package io.perfcomm.core.process;

import io.perfcomm.core.Period;
import io.perfcomm.core.communication.Communication;
import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.organisation.Person;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The communication system's facts (绩效沟通): the weeks of the period as the employee lived them,
 * the coaching during the period, and a relationship new this period.
 *
 * @param weeks the weeks of the period cut to the span
 * @param coaching the DAILY communications inside the span
 * @param newRelationship the relationship new this period, if it is
 */
record CommunicationFacts(List<Week> weeks, List<Coaching> coaching, Optional<NewRelationship> newRelationship) {

  CommunicationFacts {
    weeks = List.copyOf(weeks);
    coaching = List.copyOf(coaching);
  }

  /** Derives the weeks (a key position's counted from the day it was taken), coaching and new relationship. */
  static CommunicationFacts derive(Givens givens) {
    Person employee = givens.employee();
    Period period = givens.period();
    boolean key = employee.position().flatMap(givens.index().cycle()::position).map(p -> p.key()).orElse(false);
    List<Week> weeks = weeks(period, givens.span(), givens.calendar(), givens.asOf(), givens.policy().minWorkingDaysPerWeek(),
        key ? Optional.of(employee.positionSince().orElse(period.start())) : Optional.empty());
    return new CommunicationFacts(weeks, coaching(givens), newRelationship(employee, period));
  }

  /** Coaching during the period (考中辅导): the DAILY communications inside the span. */
  private static List<Coaching> coaching(Givens givens) {
    List<Coaching> coaching = new ArrayList<>();
    for (Communication talk : givens.index().communications(givens.employee().id())) {
      if (talk.type() == CommunicationType.DAILY && givens.span().contains(talk.at().toLocalDate())) {
        coaching.add(new Coaching(talk.id(), talk.at(), talk.indicators()));
      }
    }
    return coaching;
  }

  /**
   * The weeks of the period as the employee lived them: each cut to the span (weeks outside it left
   * out) and judged when it holds at least {@code minDays} of their working days; for a key position,
   * counted from the day they took it.
   */
  private static List<Week> weeks(Period period, Span span, WorkingCalendar calendar, LocalDateTime asOf, int minDays,
      Optional<LocalDate> keySince) {
    List<Week> weeks = new ArrayList<>();
    List<PeriodWeeks.DateRange> ranges = PeriodWeeks.of(period);
    for (int i = 0; i < ranges.size(); i++) {
      PeriodWeeks.DateRange range = ranges.get(i);
      LocalDate first = later(range.first(), span.first());
      LocalDate last = range.last().isAfter(span.last()) ? span.last() : range.last();
      if (last.isBefore(first)) {
        continue;
      }
      LocalDateTime startsAt = first.atStartOfDay();
      LocalDateTime endsAt = last.plusDays(1).atStartOfDay();
      int workingDays = calendar.workingDaysBetween(first, last);
      LocalDateTime keyFrom = endsAt;
      boolean keyJudged = false;
      if (keySince.isPresent() && !keySince.get().isAfter(last)) {
        LocalDate from = later(keySince.get(), first);
        keyFrom = from.atStartOfDay();
        keyJudged = PeriodWeeks.judged(calendar, new PeriodWeeks.DateRange(from, last), minDays);
      }
      weeks.add(new Week(i + 1, first, last, startsAt, endsAt, !asOf.isBefore(endsAt),
          !asOf.isBefore(startsAt) && asOf.isBefore(endsAt), workingDays,
          PeriodWeeks.judged(calendar, new PeriodWeeks.DateRange(first, last), minDays), keyFrom, keyJudged));
    }
    return weeks;
  }

  private static LocalDate later(LocalDate one, LocalDate other) {
    return one.isAfter(other) ? one : other;
  }

  /** The relationship new this period: a hire, a new evaluator or a new position inside the period, from the earliest. */
  private static Optional<NewRelationship> newRelationship(Person person, Period period) {
    Optional<LocalDate> hiredOn = person.hiredOn().filter(period::contains);
    Optional<LocalDate> evaluatorSince = person.evaluatorSince().filter(period::contains);
    Optional<LocalDate> positionSince = person.positionSince().filter(period::contains);
    Optional<LocalDate> since = Stream.of(hiredOn, evaluatorSince, positionSince)
        .flatMap(Optional::stream).min(Comparator.naturalOrder());
    return since.map(day -> new NewRelationship(person.id(), day, evaluatorSince.isPresent() || hiredOn.isPresent()));
  }
}
