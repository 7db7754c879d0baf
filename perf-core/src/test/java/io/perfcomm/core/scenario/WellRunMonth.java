package io.perfcomm.core.scenario;

import static io.perfcomm.core.communication.CommunicationType.APPLICATION;
import static io.perfcomm.core.communication.CommunicationType.DAILY;
import static io.perfcomm.core.communication.CommunicationType.INDICATOR;
import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.core.objective.IndicatorLevel.TASK;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.PeriodId;
import io.perfcomm.core.appeal.AppealStatus;
import io.perfcomm.core.appeal.ApplicationAction;
import io.perfcomm.core.appeal.Decision;
import io.perfcomm.core.appeal.DecisionOutcome;
import io.perfcomm.core.communication.RecordKind;
import io.perfcomm.core.interview.Agreement;
import io.perfcomm.core.interview.ObjectionId;
import io.perfcomm.core.interview.ObjectionStatus;
import io.perfcomm.core.interview.Outcome;
import io.perfcomm.core.interview.PlanAction;
import io.perfcomm.core.interview.PlanId;
import io.perfcomm.core.organisation.AbsenceKind;
import io.perfcomm.core.policy.CalendarPolicy;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A normal, well-run month as an experienced HR manager would run it, with the habits that used to
 * draw false findings: October 2026 with 国庆 (1–7 October off, Saturday 10 October worked), a
 * key-position holder on a week of annual leave, one employee scored on Friday the 30th (the last
 * working day of a month ending on a Saturday), a plan agreed early in October at September's
 * result interview and followed up, a missed target whose objection was escalated to an appeal
 * that was decided and communicated before the result was applied, a top performer whose
 * result needs no action, a new hire who started on Wednesday the 14th and a colleague who left on
 * Friday the 23rd. It must give no ERROR and no WARNING.
 */
public final class WellRunMonth {

  /** Where the cycle is kept as a file, beside this class in perf-core's test resources. */
  public static final String RESOURCE = "/io/perfcomm/core/scenario/well-run-month.json";

  private WellRunMonth() {}

  /** The month as a scenario, for tests that add to it. */
  public static Scenario scenario() {
    Scenario s = Scenario.month("2026-10").asOf("2026-11-27T18:00").timeZone("Asia/Shanghai")
        .policy(p -> p.calendar(CalendarPolicy.builder()
            .addHolidays(day("2026-10-01"), day("2026-10-02"), day("2026-10-05"), day("2026-10-06"), day("2026-10-07"))
            .addWorkdays(day("2026-09-20"), day("2026-10-10"))
            .build()));
    s.hr("HR1");

    // 关键岗位 on annual leave for the whole week of 19–23 October: that week is not judged.
    s.employee("E1").named("王芳").keyPosition().onLeave("2026-10-19", "2026-10-23", AbsenceKind.ANNUAL)
        .followsStandardProcess();

    // Scored on the last working day of the month.
    s.employee("E2").named("李强").followsStandardProcess().scoredAt("2026-10-30T17:00");

    // A plan agreed on 9 October at September's result interview, followed up in October.
    s.employee("E3").named("张敏").followsStandardProcess()
        .improvementPlan("PL-E3-SEP", "2026-10-09T11:00", p -> p.period(PeriodId.of("2026-09"))
            .actions(List.of(
                PlanAction.builder().text("每周复盘重点客户拜访").due(day("2026-10-23")).doneAt(day("2026-10-22")).build(),
                PlanAction.builder().text("完成大客户谈判培训").due(day("2026-12-15")).build())))
        .communication(DAILY, "2026-10-21T15:00", c -> c.addIndicators(io.perfcomm.core.objective.IndicatorId.of("I-E3-1"))
            .followsUpPlan(PlanId.of("PL-E3-SEP")).summary("跟进九月改进计划"));

    // A missed target, an objection escalated to an appeal, decided and communicated, then applied.
    missedTargetWithAppeal(s.employee("E4").named("赵磊"));

    // A top performer: the result needs no action (暂无应用事项).
    s.employee("E5").named("陈静").followsStandardProcess()
        .communication(DAILY, "2026-10-10T10:00", "I-E5-2");

    // Hired on Wednesday 14 October: role talk, indicator talk and signature on the first day, judged from it.
    s.employee("E6").named("刘洋").hiredOn("2026-10-14").positionSince("2026-10-14").evaluatorSince("2026-10-14")
        .probationUntil("2027-01-13").followsStandardProcess();

    // Left on Friday 23 October: nothing is due after the last working day, so no scoring.
    s.employee("E7").named("孙丽").leftOn("2026-10-23").followsStandardProcess();
    return s;
  }

  /** The month as a cycle. */
  public static Cycle cycle() {
    return scenario().build();
  }

  private static void missedTargetWithAppeal(Scenario s) {
    String result = "I-E4-1";
    String task = "I-E4-2";
    s.indicator(result, RESULT, 60, i -> i.target("回款 120 万元")).indicator(task, TASK, 40)
        .communication(INDICATOR, "2026-09-28T14:00", result, task);
    String[][] weeks = {{"2026-10-08", result}, {"2026-10-14", task}, {"2026-10-21", result}, {"2026-10-28", task}};
    for (int w = 0; w < weeks.length; w++) {
      s.communication(DAILY, weeks[w][0] + "T10:00", weeks[w][1]).record("R-E4-" + (w + 1), weeks[w][1], weeks[w][0]);
    }
    s.record(RecordKind.DATA, "R-E4-DATA", result, "2026-11-01").summary("SUM-E4", "2026-10-30")
        .scoredAt("2026-11-02T10:00")
        .score(result, 62, false, "R-E4-1", "R-E4-3", "R-E4-DATA")
        .score(task, 85, true, "R-E4-2")
        .strength("重点客户拜访记录完整", "R-E4-2")
        .weakness("回款进度落后于计划", "R-E4-3")
        .improvementPlan("PL-E4", "2026-11-04T10:50", p -> p
            .causes(List.of("大客户回款周期延长", "跟进频率不足"))
            .actions(List.of(PlanAction.builder().text("每周跟进三家重点客户回款").due(day("2026-12-20")).build())))
        .interview("T-E4", "2026-11-04T10:00", i -> i
            .outcome(Outcome.builder().agreement(Agreement.OBJECTED).build())
            .addObjections(Scenario.objection("O-E4", "2026-11-04T10:20", ObjectionStatus.ESCALATED)
                .indicator(io.perfcomm.core.objective.IndicatorId.of(result))
                .response(Scenario.response("2026-11-04T10:55")).build())
            .improvementPlan(PlanId.of("PL-E4")))
        .appeal("AP-E4", "2026-11-06T09:00", a -> a.objection(ObjectionId.of("O-E4")).status(AppealStatus.DECIDED)
            .decision(Decision.builder().at(LocalDateTime.parse("2026-11-16T10:00")).outcome(DecisionOutcome.REJECTED)
                .reasons("指标与目标已于考前确认签字，考中记录完整").communicatedAt(LocalDateTime.parse("2026-11-16T15:00"))
                .build()))
        .applied("AC-E4", "2026-11-18T09:00", ApplicationAction.IMPROVEMENT_PLAN, ApplicationAction.TRAINING_REQUEST,
            ApplicationAction.PAY)
        .communication(APPLICATION, "2026-11-19T14:00", result, task);
  }

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }
}
