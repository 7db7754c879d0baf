package io.perfcomm.rules.outer;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.organisation.Department;
import io.perfcomm.core.organisation.DepartmentId;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * People and departments named as the latest period names them: one name per id across a report,
 * however the periods' files spell it.
 */
final class Names {

  private final Map<PersonId, String> people = new HashMap<>();
  private final Map<PersonId, DepartmentId> departmentOf = new HashMap<>();
  private final Map<DepartmentId, String> departments = new HashMap<>();

  /** From cycles oldest first: a later period's name overwrites an earlier one. */
  Names(List<Cycle> oldestFirst) {
    for (Cycle cycle : oldestFirst) {
      for (Department department : cycle.departments()) {
        departments.put(department.id(), department.name());
      }
      for (Person person : cycle.people()) {
        people.put(person.id(), person.name());
        departmentOf.put(person.id(), person.department());
      }
    }
  }

  /** The person's name, or the id when no period names them. */
  String person(PersonId id) {
    return people.getOrDefault(id, id.value());
  }

  /** The department's name, or its id when no period names it. */
  String department(DepartmentId id) {
    return departments.getOrDefault(id, id.value());
  }

  /** The name of a department by its key (its id's value), or "—" for none. */
  String departmentByKey(String key) {
    return key.equals(OuterLoop.NO_DEPARTMENT) ? key : department(DepartmentId.of(key));
  }

  /** The person's department's name, as the latest period that names the person gives it. */
  Optional<String> departmentOf(PersonId id) {
    return Optional.ofNullable(departmentOf.get(id)).map(this::department);
  }
}
