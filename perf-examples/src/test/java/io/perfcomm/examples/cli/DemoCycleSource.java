package io.perfcomm.examples.cli;

import static io.perfcomm.core.communication.CommunicationType.APPLICATION;
import static io.perfcomm.core.communication.CommunicationType.DAILY;
import static io.perfcomm.core.communication.CommunicationType.INDICATOR;
import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.core.objective.IndicatorLevel.TASK;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.appeal.ApplicationAction;
import io.perfcomm.core.communication.EvidenceRecord;
import io.perfcomm.core.communication.RecordKind;
import io.perfcomm.core.interview.Agreement;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.interview.Location;
import io.perfcomm.core.interview.ObjectionStatus;
import io.perfcomm.core.interview.Outcome;
import io.perfcomm.core.interview.PlanAction;
import io.perfcomm.core.interview.PlanId;
import io.perfcomm.core.interview.Purpose;
import io.perfcomm.core.interview.PurposeKind;
import io.perfcomm.core.interview.ResourceKind;
import io.perfcomm.core.interview.ResourceSupport;
import io.perfcomm.core.json.CycleJson;
import io.perfcomm.core.objective.IndicatorId;
import io.perfcomm.core.organisation.Department;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.Position;
import io.perfcomm.core.scenario.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * How the demo's sample cycle (src/main/resources/io/perfcomm/examples/demo/cycle-2026-03.json) was
 * made: a sales department's March 2026 built with the {@link Scenario} builder, then given Chinese
 * names and texts. {@code DemoCycleTest} checks that the stored file is exactly what this builds;
 * after a change, run {@code main} with the file's path to write it again.
 */
final class DemoCycleSource {

  /** Employee id → name, position, key position?, evaluator. */
  private static final List<String[]> STAFF = List.of(
      new String[] {"E01", "周婷", "大客户经理", "key", "M1"},
      new String[] {"E02", "吴磊", "销售代表", "", "M1"},
      new String[] {"E03", "郑洁", "销售代表", "", "M2"},
      new String[] {"E04", "王芳", "销售代表", "", "M1"},
      new String[] {"E05", "李强", "销售代表", "", "M1"},
      new String[] {"E06", "陈静", "销售助理", "", "M1"},
      new String[] {"E07", "刘洋", "区域销售经理", "key", "M1"},
      new String[] {"E08", "杨帆", "大客户经理", "key", "M2"},
      new String[] {"E09", "黄敏", "销售代表", "", "M2"},
      new String[] {"E10", "徐静", "销售代表", "", "M2"});

  private static final Map<String, String> LEADERS = Map.of("M1", "赵刚", "M2", "钱峰", "HR1", "孙丽");

  private DemoCycleSource() {}

  public static void main(String[] args) throws IOException {
    Files.writeString(Path.of(args[0]), CycleJson.write(build()) + "\n", StandardCharsets.UTF_8);
  }

  static Cycle build() {
    Scenario s = Scenario.month("2026-03").asOf("2026-04-20T18:00");
    s.hr("HR1");
    for (String[] e : STAFF) {
      s.employee(e[0]).evaluatedBy(e[4]);
      if (e[3].equals("key")) {
        s.keyPosition();
      }
    }
    // 周婷, 吴磊, 郑洁: the standard process, by the book.
    standard(s, "E01", Set.of(), 92, 88);
    standard(s, "E02", Set.of(), 85, 90);
    standard(s, "E03", Set.of(), 88, 86);
    // 王芳: scored, but the result interview never took place (just announced).
    standard(s, "E04", Set.of("noInterview"), 78, 80);
    // 李强: every record dated in the last days of March — no weekly summary during the month, and the
    // score sheet was filled in from memory.
    standard(s, "E05", Set.of("fromMemory"), 80, 82);
    // 陈静: missed the task target, and the interview ended without an improvement plan.
    standard(s, "E06", Set.of("missed"), 84, 61);
    // 刘洋: missed the result target, objected at the interview; nobody answered, results applied anyway.
    standard(s, "E07", Set.of("missed", "objection", "plan"), 68, 83);
    // 杨帆: key position, but no check-in in the weeks of 9 and 16 March.
    standard(s, "E08", Set.of("skipWeeks"), 90, 87);
    // 黄敏: interviewed in the open-plan office, told three hours before.
    standard(s, "E09", Set.of("openOffice"), 82, 79);
    // 徐静: moved to 钱峰's team on 1 March, nobody clarified the new roles.
    s.employee("E10").evaluatorSince("2026-03-01");
    standard(s, "E10", Set.of(), 86, 84);
    // 钱峰's interview-feedback surveys after training average 72, below the pass mark of 80.
    s.certification("CERT-M2-1", "M2", "2026-Q1", 1, 70, 74, 72);
    return chinese(s.build());
  }

  private static void standard(Scenario s, String e, Set<String> breaches, double resultScore, double taskScore) {
    s.employee(e);
    String result = "I-" + e + "-1";
    String task = "I-" + e + "-2";
    boolean key = STAFF.stream().anyMatch(x -> x[0].equals(e) && x[3].equals("key"));
    s.indicator(result, RESULT, 60, i -> i.name(key ? "大客户回款额" : "个人销售额").target(key ? "回款 120 万元" : "销售额 80 万元"))
        .indicator(task, TASK, 40, i -> i.name(key ? "重点客户拜访" : "新客户开发").target(key ? "拜访 20 家" : "新签 4 家"));
    s.communication(INDICATOR, "2026-02-26T14:00", c -> c.addIndicators(IndicatorId.of(result), IndicatorId.of(task))
        .summary("月前沟通：确认三月指标、权重和目标，员工已签字"));
    // A weekly meeting on the Tuesday of each week March 2026 judges (2–8, 9–15, 16–22, 23–29; 1 March
    // is a Sunday and 30–31 holds two working days, so neither is judged).
    List<LocalDate> tuesdays = List.of(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 17),
        LocalDate.of(2026, 3, 24));
    for (int week = 0; week < tuesdays.size(); week++) {
      LocalDate checkIn = tuesdays.get(week);
      String indicator = week % 2 == 0 ? result : task;
      boolean skipped = breaches.contains("skipWeeks") && (week == 1 || week == 2);
      if (!skipped) {
        s.communication(DAILY, checkIn.atTime(10, 0).toString(), c -> c.addIndicators(IndicatorId.of(indicator))
            .summary("周例会：对照指标回顾本周进展和困难"));
      }
      LocalDate recorded = breaches.contains("fromMemory") ? LocalDate.of(2026, 3, 29 + Math.min(week, 2)) : checkIn;
      s.record("R-" + e + "-" + (week + 1), indicator, recorded.toString());
    }
    s.record(RecordKind.DATA, "R-" + e + "-D", result, "2026-03-31");
    // 月底总结 on the last working day.
    s.summary("SUM-" + e, "2026-03-31");
    String first = breaches.contains("fromMemory") ? "R-" + e + "-1" : "R-" + e + "-D";
    String second = "R-" + e + "-2";
    boolean missedResult = breaches.contains("missed") && resultScore < 70;
    boolean missedTask = breaches.contains("missed") && taskScore < 70;
    s.scoredAt("2026-04-01T10:00")
        .score(result, resultScore, !missedResult, first)
        .score(task, taskScore, !missedTask, second)
        .strength("重点客户关系维护到位，回款跟进及时", first)
        .weakness("周报经常延迟提交，拜访记录不完整", second);
    if (!breaches.contains("noInterview")) {
      s.interview("T-" + e, "2026-04-03T10:00", interview(e, breaches, result));
    }
    if (!breaches.contains("plan") && !breaches.contains("missed") && !breaches.contains("noInterview")) {
      // Every result interview ends with a plan made together (improvementPlanRequired ALWAYS).
      s.improvementPlan("P-" + e, "2026-04-03T10:40", p -> p.causes(List.of("客户拓展节奏可以更均衡"))
          .actions(List.of(PlanAction.builder().text("每周复盘一次重点客户跟进情况").due(LocalDate.of(2026, 4, 30)).build()))
          .resources(List.of()));
    }
    if (breaches.contains("plan")) {
      s.improvementPlan("P-" + e, "2026-04-03T10:40", p -> p.causes(List.of("新区域客户基础薄弱，前期拜访不足"))
          .actions(List.of(PlanAction.builder().text("每周拜访重点客户不少于 5 家并提交拜访纪要").due(LocalDate.of(2026, 4, 30)).build()))
          .resources(List.of(ResourceSupport.builder().kind(ResourceKind.TRAINING).text("大客户销售技巧培训").build(),
              ResourceSupport.builder().kind(ResourceKind.NETWORK).text("由周婷引荐两家行业协会客户").build())));
    }
    if (breaches.contains("objection")) {
      // Pay is run over the open objection (APL-02 judges PAY and PENALTY).
      s.applied("A-" + e, "2026-04-05T10:00", ApplicationAction.TRAINING_REQUEST, ApplicationAction.PAY);
    } else {
      s.applied("A-" + e, "2026-04-05T10:00", missedResult || missedTask ? ApplicationAction.TRAINING_REQUEST : ApplicationAction.NO_ACTION);
    }
    s.communication(APPLICATION, "2026-04-06T10:00", c -> c.addIndicators(IndicatorId.of(result), IndicatorId.of(task))
        .summary("应用沟通：说明考核结果的应用和下月安排"));
  }

  private static Consumer<Interview.Builder> interview(String e, Set<String> breaches, String result) {
    return i -> {
      i.location(Location.builder().name("三楼小会议室").privateRoom(true).quiet(true).build())
          .purpose(Purpose.builder().kind(PurposeKind.RESULT_REVIEW).statement("回顾三月绩效结果，共同制定改进措施").build());
      if (breaches.contains("openOffice")) {
        i.location(Location.builder().name("开放办公区工位旁").privateRoom(false).quiet(false).build())
            .notifiedAt(java.time.LocalDateTime.parse("2026-04-03T07:00"));
      }
      if (breaches.contains("objection")) {
        i.outcome(Outcome.builder().agreement(Agreement.OBJECTED).build())
            .addObjections(Scenario.objection("O-" + e + "-1", "2026-04-03T10:30", ObjectionStatus.OPEN)
                .indicator(IndicatorId.of(result)).text("新接手的区域客户基础差，回款目标不应按老区域标准考核").build());
      }
      if (breaches.contains("plan") || !breaches.contains("missed")) {
        i.improvementPlan(PlanId.of("P-" + e));
      }
    };
  }

  /** Gives people, positions, the department and records their Chinese names and texts. */
  private static Cycle chinese(Cycle cycle) {
    Map<String, String> names = STAFF.stream().collect(Collectors.toMap(x -> x[0], x -> x[1]));
    Map<String, String> positions = STAFF.stream().collect(Collectors.toMap(x -> "P-" + x[0], x -> x[2]));
    return Cycle.builder().from(cycle)
        .departments(cycle.departments().stream().map(d -> Department.builder().from(d).name("华东销售二部").build())
            .collect(Collectors.toList()))
        .positions(cycle.positions().stream().map(p -> Position.builder().from(p).name(positions.get(p.id().value())).build())
            .collect(Collectors.toList()))
        .people(cycle.people().stream().map(p -> Person.builder().from(p)
            .name(names.getOrDefault(p.id().value(), LEADERS.get(p.id().value()))).build()).collect(Collectors.toList()))
        .records(cycle.records().stream().map(r -> EvidenceRecord.builder().from(r)
            .summary(r.kind() == RecordKind.DATA ? "CRM 数据：三月回款及客户跟进情况"
                : r.kind() == RecordKind.SUMMARY ? "月底总结：三月指标完成情况、问题和四月打算"
                : "周报：对照指标的本周进展、问题和下周计划").build())
            .collect(Collectors.toList()))
        .build();
  }
}
