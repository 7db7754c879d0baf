package io.perfcomm.core.generator;

import io.perfcomm.core.generator.CycleGenerator.Breach;
import io.perfcomm.core.generator.Vocabulary.DepartmentKind;
import io.perfcomm.core.generator.Vocabulary.PositionKind;
import io.perfcomm.core.organisation.Department;
import io.perfcomm.core.organisation.DepartmentId;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.organisation.Position;
import io.perfcomm.core.organisation.PositionId;
import io.perfcomm.core.organisation.Role;
import io.perfcomm.core.training.Certification;
import io.perfcomm.core.training.CertificationId;
import io.perfcomm.core.training.Survey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates the organisation department by department: the department, its positions, its leader
 * and HR partner, an evaluator for every few employees (with certifications), and hands each
 * employee to {@link EmployeeCycle}.
 */
final class Organisation {

  private static final DepartmentId HR = DepartmentId.of("D-HR");

  private final GeneratorOptions options;
  private final CycleDraft draft;
  private final SplittableRandom random;
  private final LocalDate start;
  private int evaluators;

  Organisation(GeneratorOptions options, CycleDraft draft, SplittableRandom random) {
    this.options = options;
    this.draft = draft;
    this.random = random;
    this.start = options.period().start();
  }

  /** One department's staff and positions, as its employees need them. */
  record Unit(DepartmentKind kind, PersonId leader, PersonId hrPartner, List<PositionId> keyPositions, List<PositionId> otherPositions) {}

  void generate() {
    draft.departments.add(Department.builder().id(HR).name(Vocabulary.HR_DEPARTMENT).build());
    int departments = options.departments();
    int employees = options.employees();
    int employee = 0;
    for (int d = 0; d < departments; d++) {
      // Contiguous blocks keep the department sizes within one of each other.
      int end = (int) ((long) (d + 1) * employees / departments);
      Unit unit = department(d);
      PersonId evaluator = null;
      for (int local = 0; employee < end; local++, employee++) {
        if (local % options.employeesPerEvaluator() == 0) {
          evaluator = evaluator(d);
        }
        new EmployeeCycle(draft, random.split(), unit, employee + 1, evaluator).generate();
      }
    }
  }

  private Unit department(int index) {
    String number = Ids.pad(index + 1, 3);
    DepartmentId id = DepartmentId.of("D-" + number);
    DepartmentKind kind = Vocabulary.departmentKind(index);
    draft.departments.add(Department.builder().id(id).name(Vocabulary.departmentName(index)).build());
    List<PositionId> key = new ArrayList<>();
    List<PositionId> other = new ArrayList<>();
    for (int p = 0; p < kind.positions().size(); p++) {
      PositionKind position = kind.positions().get(p);
      PositionId positionId = position(id, "P-" + number + "-" + (p + 1), position.name(), position.key());
      (position.key() ? key : other).add(positionId);
    }
    position(id, managerPosition(index), Vocabulary.EVALUATOR_POSITION, false);
    return new Unit(kind, leader(index, id), hrPartner(index), key, other);
  }

  private PositionId position(DepartmentId department, String id, String name, boolean key) {
    PositionId positionId = PositionId.of(id);
    draft.positions.add(Position.builder().id(positionId).name(name).department(department).key(key).build());
    return positionId;
  }

  private static String managerPosition(int department) {
    return "P-" + Ids.pad(department + 1, 3) + "-M";
  }

  private PersonId leader(int department, DepartmentId id) {
    PersonId leader = PersonId.of("L-" + Ids.pad(department + 1, 3));
    draft.people.add(Person.builder().id(leader).name(Vocabulary.name(leader, random)).department(id).addRoles(Role.LEADER).build());
    return leader;
  }

  private PersonId hrPartner(int department) {
    PersonId partner = PersonId.of("H-" + Ids.pad(department + 1, 3));
    draft.people.add(Person.builder().id(partner).name(Vocabulary.name(partner, random)).department(HR).addRoles(Role.HR).build());
    return partner;
  }

  private PersonId evaluator(int department) {
    evaluators++;
    PersonId id = PersonId.of("M-" + Ids.pad(evaluators, 4));
    draft.people.add(Person.builder()
        .id(id)
        .name(Vocabulary.name(id, random))
        .department(DepartmentId.of("D-" + Ids.pad(department + 1, 3)))
        .position(PositionId.of(managerPosition(department)))
        .addRoles(Role.EVALUATOR)
        .positionSince(start.minusDays(200 + random.nextInt(2000)))
        .build());
    certifications(id);
    return id;
  }

  /** Certification attempts: most evaluators pass the first; a breachShare of them fail once or twice. */
  private void certifications(PersonId evaluator) {
    Set<Breach> breaches = EnumSet.noneOf(Breach.class);
    if (random.nextDouble() < options.breachShare()) {
      boolean twice = random.nextInt(3) == 0;
      if (twice) {
        // Failed, then failed the retake in the next training period (half-year): two failed periods
        // for TRN-02. Six months apart always lands in the previous half-year.
        LocalDate retake = start.minusDays(60);
        certification(evaluator, 1, retake.minusMonths(6), false);
        certification(evaluator, 2, retake, false);
      } else {
        certification(evaluator, 1, start.minusDays(180), false);
      }
      breaches.add(twice ? Breach.CERTIFICATION_FAILED_TWICE : Breach.CERTIFICATION_FAILED);
    } else {
      certification(evaluator, 1, start.minusDays(90), true);
    }
    draft.breaches(evaluator, breaches);
  }

  private void certification(PersonId evaluator, int attempt, LocalDate first, boolean passed) {
    Certification.Builder certification = Certification.builder()
        .id(CertificationId.of("CERT-" + evaluator.value().substring(2) + "-" + attempt))
        .evaluator(evaluator)
        .trainingPeriod(first.getYear() + (first.getMonthValue() <= 6 ? "-H1" : "-H2"))
        .attempt(attempt);
    for (int s = 0; s < 3; s++) {
      // Every survey on the same side of the pass mark, so any composite (mean, minimum) agrees.
      int score = passed ? 80 + random.nextInt(19) : 60 + random.nextInt(20);
      certification.addSurveys(Survey.builder().at(first.plusDays(20L * s)).score(score).build());
    }
    draft.certifications.add(certification.build());
  }
}
