package io.perfcomm.rules.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.perfcomm.core.Cycle;
import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.evaluation.Evaluation;
import io.perfcomm.core.evaluation.Remark;
import io.perfcomm.core.evaluation.Score;
import io.perfcomm.core.generator.CycleGenerator;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Report;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A full check of a cycle whose names, scores, notes and host extensions (a salary, a medical note)
 * are all recognisable, run in its own JVM by {@link LogConfidentialityTest} with every logger at the
 * most verbose level.
 */
public final class LoggedCheck {

  static final String NAME = "Secretname";
  static final String NOTE = "Secretnote";
  static final double SCORE = 73.4567;
  /** A host's salary figure, carried in {@code extensions}. */
  static final String SALARY = "98765.4321";
  /** A host's medical note, carried in {@code extensions}. */
  static final String MEDICAL = "Secretmedical";

  private LoggedCheck() {}

  /** A generated cycle with every person's name, score and remark replaced by a recognisable one. */
  static Cycle cycle() {
    Cycle cycle = CycleGenerator.generate(11, 40, 0.5);
    return Cycle.builder().from(cycle)
        .people(cycle.people().stream()
            .map(p -> Person.builder().from(p).name(NAME + p.id().value()).putAllExtensions(confidential()).build())
            .collect(Collectors.toList()))
        .evaluations(cycle.evaluations().stream().map(e -> Evaluation.builder().from(e)
                .scores(e.scores().stream().map(s -> Score.builder().from(s).score(SCORE).build())
                    .collect(Collectors.toList()))
                .strengths(notes(e.strengths()))
                .weaknesses(notes(e.weaknesses()))
                .putAllExtensions(confidential())
                .build())
            .collect(Collectors.toList()))
        .build();
  }

  /** What an HRIS might pass through: a salary and a medical note. */
  private static Map<String, JsonNode> confidential() {
    return Map.of("salary", JsonNodeFactory.instance.numberNode(new BigDecimal(SALARY)),
        "medicalNote", JsonNodeFactory.instance.textNode(MEDICAL + " leave until May"));
  }

  private static List<Remark> notes(List<Remark> remarks) {
    return remarks.stream().map(r -> Remark.builder().from(r).text(NOTE + " " + r.text()).build())
        .collect(Collectors.toList());
  }

  public static void main(String[] args) {
    PerfEngine engine = PerfEngine.builder().build();
    Cycle cycle = cycle();
    Report report = engine.check(cycle);
    // Only counts leave this JVM on purpose; the test reads everything else the check logged.
    System.out.println("findings: " + report.findings().size());
    // Every command's path: the agendas of interviews and of each kind of talk log at TRACE too.
    int agendas = 0;
    for (Interview interview : cycle.interviews()) {
      engine.agenda(cycle, report, interview.id());
      agendas++;
    }
    for (Person employee : cycle.employees().subList(0, Math.min(3, cycle.employees().size()))) {
      for (CommunicationType type : CommunicationType.values()) {
        try {
          engine.agenda(cycle, report, employee.id(), type);
          agendas++;
        } catch (IllegalArgumentException e) {
          // RESULT for an employee without an interview: no agenda to make.
        }
      }
    }
    System.out.println("agendas: " + agendas);
  }
}
