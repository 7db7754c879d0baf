package io.perfcomm.examples.cli;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.objective.Indicator;
import io.perfcomm.core.organisation.Department;
import io.perfcomm.core.organisation.DepartmentId;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.rules.Finding;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Who is who in a cycle: names, positions, departments and evaluators, for labelling findings. */
final class Directory {

  private final Cycle cycle;
  private final Texts texts;
  private final Map<DepartmentId, String> departments;

  Directory(Cycle cycle) {
    this(cycle, null);
  }

  /** A directory that names people as the texts' language does: 王芳（E-04） in Chinese. */
  Directory(Cycle cycle, Texts texts) {
    this.texts = texts;
    this.cycle = cycle;
    this.departments = cycle.departments().stream()
        .collect(Collectors.toMap(Department::id, Department::name, (a, b) -> a));
  }

  /** The person's name, or the id when the cycle has no such person. */
  String name(PersonId id) {
    return cycle.person(id).map(Person::name).orElse(id.value());
  }

  /** {@code 王芳 (E-04)}, or {@code 王芳（E-04）} in Chinese texts; the id alone when it is the name. */
  String label(PersonId id) {
    String name = name(id);
    if (name.equals(id.value())) {
      return name;
    }
    return texts == null ? name + " (" + id.value() + ")" : texts.get("person.named", name, id.value());
  }

  /** The position's name, if the person holds one. */
  Optional<String> position(PersonId id) {
    return cycle.person(id).flatMap(Person::position).flatMap(cycle::position).map(p -> p.name());
  }

  /** The department's name of a person, if the person is known. */
  Optional<String> department(PersonId id) {
    return cycle.person(id).map(p -> departmentName(p.department()));
  }

  String departmentName(DepartmentId id) {
    return departments.getOrDefault(id, id.value());
  }

  /** The names of the indicators on the person's sheets, which the line breaker keeps whole (DOMAIN.md §6.4). */
  List<String> indicatorNames(PersonId person) {
    return cycle.sheets().stream().filter(s -> s.employee().equals(person))
        .flatMap(s -> s.indicators().stream()).map(Indicator::name).distinct().collect(Collectors.toList());
  }

  /** The person's evaluator, if any. */
  Optional<PersonId> evaluatorOf(PersonId employee) {
    return cycle.person(employee).flatMap(Person::evaluator);
  }

  /** The evaluator responsible for a finding: the one it names, else the employee's. */
  Optional<PersonId> evaluator(Finding finding) {
    return finding.evaluator().or(() -> finding.employee().flatMap(this::evaluatorOf));
  }

  /** The department a finding belongs to: its employee's, else its evaluator's. */
  Optional<String> department(Finding finding) {
    return finding.employee().or(() -> finding.evaluator()).flatMap(this::department);
  }

  /** How many people are evaluated, and by how many evaluators. */
  int employees() {
    return cycle.employees().size();
  }

  int evaluators() {
    return (int) cycle.employees().stream().map(Person::evaluator).flatMap(Optional::stream).distinct().count();
  }

}
