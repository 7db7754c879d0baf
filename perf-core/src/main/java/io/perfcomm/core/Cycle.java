package io.perfcomm.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.perfcomm.core.appeal.Appeal;
import io.perfcomm.core.appeal.ResultApplication;
import io.perfcomm.core.communication.Communication;
import io.perfcomm.core.communication.EvidenceRecord;
import io.perfcomm.core.evaluation.Evaluation;
import io.perfcomm.core.evaluation.EvaluationId;
import io.perfcomm.core.interview.ImprovementPlan;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.objective.IndicatorChange;
import io.perfcomm.core.objective.IndicatorSheet;
import io.perfcomm.core.organisation.Absence;
import io.perfcomm.core.organisation.Department;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.organisation.Position;
import io.perfcomm.core.organisation.PositionId;
import io.perfcomm.core.policy.Policy;
import io.perfcomm.core.training.Certification;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One evaluation period's records of an organisation (or part of it), with the moment they are
 * checked at: the aggregate that the cycle file holds and that perf-rules checks.
 *
 * <p>A cycle is structurally consistent once built (ids unique per kind, references resolve, times
 * ordered within a record, values in range); otherwise building it throws {@link
 * InvalidCycleException} naming every problem. Whether the process was followed is for the
 * checkpoints to say.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCycle.class)
@JsonDeserialize(as = ImmutableCycle.class)
@JsonPropertyOrder({"format", "timeZone", "asOf", "period", "policy", "departments", "positions",
    "people", "absences", "sheets", "indicatorChanges", "communications", "records", "evaluations", "interviews",
    "improvementPlans", "appeals", "applications", "certifications", "extensions"})
public abstract class Cycle implements Extensible {

  /** The one format version this library reads and writes. */
  public static final String FORMAT = "perf-cycle/1";

  /** {@return the format version of the file, {@value #FORMAT}} */
  @Value.Default
  public String format() {
    return FORMAT;
  }

  /**
   * {@return the organisation's time zone, in which every date-time of the cycle is local; absent,
   * a date-time
   * may not carry an offset and "now" is taken in the engine clock's zone}
   */
  public abstract Optional<ZoneId> timeZone();

  /** {@return the moment of the check; absent means "now" at the time of the check} */
  public abstract Optional<LocalDateTime> asOf();

  /** {@return the period evaluated} */
  public abstract Period period();

  /** {@return the policy overrides the cycle carries; empty means every default} */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public Policy policy() {
    return Policy.defaults();
  }

  /** {@return the departments} */
  public abstract List<Department> departments();

  /** {@return the positions} */
  public abstract List<Position> positions();

  /** {@return everyone the cycle names: employees, evaluators, HR partners and leaders} */
  public abstract List<Person> people();

  /** {@return the leave of people in and around the period} */
  public abstract List<Absence> absences();

  /** {@return the indicator sheets} */
  public abstract List<IndicatorSheet> sheets();

  /** {@return the changes to indicators during the period} */
  public abstract List<IndicatorChange> indicatorChanges();

  /** {@return the communications between evaluators and employees} */
  public abstract List<Communication> communications();

  /** {@return the daily-management records} */
  public abstract List<EvidenceRecord> records();

  /** {@return the evaluations (scorings)} */
  public abstract List<Evaluation> evaluations();

  /** {@return the result interviews} */
  public abstract List<Interview> interviews();

  /** {@return the improvement plans, of this period and open ones of earlier periods} */
  public abstract List<ImprovementPlan> improvementPlans();

  /** {@return the formal appeals} */
  public abstract List<Appeal> appeals();

  /** {@return the applications of results} */
  public abstract List<ResultApplication> applications();

  /** {@return the evaluators' certification attempts} */
  public abstract List<Certification> certifications();

  /**
   * {@return the person with an id, if there is one}
   *
   * @param id the person's id
   */
  public Optional<Person> person(PersonId id) {
    return Optional.ofNullable(peopleById().get(id));
  }

  /**
   * {@return the position with an id, if there is one}
   *
   * @param id the position's id
   */
  public Optional<Position> position(PositionId id) {
    return Optional.ofNullable(positionsById().get(id));
  }

  /**
   * {@return the evaluation with an id, if there is one}
   *
   * @param id the evaluation's id
   */
  public Optional<Evaluation> evaluation(EvaluationId id) {
    return Optional.ofNullable(evaluationsById().get(id));
  }

  /** {@return the people who are evaluated in this cycle, in file order} */
  public List<Person> employees() {
    return people().stream().filter(Person::isEmployee).collect(Collectors.toList());
  }

  @Value.Lazy
  @JsonIgnore
  Map<PersonId, Person> peopleById() {
    return index(people(), Person::id);
  }

  @Value.Lazy
  @JsonIgnore
  Map<PositionId, Position> positionsById() {
    return index(positions(), Position::id);
  }

  @Value.Lazy
  @JsonIgnore
  Map<EvaluationId, Evaluation> evaluationsById() {
    return index(evaluations(), Evaluation::id);
  }

  private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
    // Ids are unique once the cycle is built, so the first wins only where the check already failed.
    return values.stream().collect(Collectors.toUnmodifiableMap(key, v -> v, (a, b) -> a));
  }

  /** Checks the cycle's structure: ids unique and resolving inside it, dates in order. */
  @Value.Check
  protected void check() {
    List<Problem> problems = CycleValidator.problems(this);
    if (!problems.isEmpty()) {
      throw new InvalidCycleException(problems);
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Cycle}; {@code build()} throws {@link InvalidCycleException} if it is inconsistent. */
  public static final class Builder extends ImmutableCycle.Builder {}
}
