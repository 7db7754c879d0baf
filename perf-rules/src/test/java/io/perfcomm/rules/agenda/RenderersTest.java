package io.perfcomm.rules.agenda;

import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.core.objective.IndicatorLevel.TASK;
import static io.perfcomm.rules.agenda.Agendas.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perfcomm.core.communication.CommunicationType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The same agenda written as text, Markdown and docs/format.md's JSON. */
class RenderersTest {

  /** The agenda of an interview still to come (2 July, the day before it). */
  private static final Agenda AGENDA = result(scored(june().asOf("2026-07-02T18:00"), true, i -> { }));

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void jsonHasExactlyTheShapeOfFormatMd() throws Exception {
    JsonNode json = new ObjectMapper().readTree(AGENDA.render(AgendaFormat.JSON, Locale.ENGLISH));
    assertEquals(List.of("format", "type", "interview", "employee", "evaluator", "asOf", "leftOut", "plannedMinutes",
        "items"), fields(json));
    assertEquals("perf-agenda/1", json.get("format").asText());
    assertEquals("RESULT", json.get("type").asText());
    assertEquals("T1", json.get("interview").asText());
    assertEquals("E1", json.get("employee").asText());
    assertEquals("M1", json.get("evaluator").asText());
    assertEquals("2026-07-02T18:00", json.get("asOf").asText());
    assertEquals(AGENDA.leftOut(), json.get("leftOut").asInt());
    assertTrue(json.get("plannedMinutes").isInt());
    assertEquals(45, json.get("plannedMinutes").asInt());
    int sum = 0;
    for (JsonNode item : json.get("items")) {
      assertEquals(List.of("kind", "title", "minutes", "points", "records"), fields(item));
      assertTrue(item.get("kind").isTextual() && item.get("title").isTextual() && item.get("minutes").isInt());
      assertTrue(item.get("points").isArray() && item.get("records").isArray());
      item.get("points").forEach(p -> assertTrue(p.isTextual()));
      item.get("records").forEach(r -> assertTrue(r.isTextual()));
      sum += item.get("minutes").asInt();
    }
    assertEquals(45, sum);
    assertEquals("PREPARATION", json.get("items").get(0).get("kind").asText());
    assertEquals("EMPLOYEE_VIEW", json.get("items").get(2).get("kind").asText());
    assertEquals("Purpose and ground rules", json.get("items").get(1).get("title").asText());
    assertEquals(AGENDA.items().size(), json.get("items").size());
  }

  @Test
  void jsonOfATalkWithoutInterviewLeavesTheInterviewOut() throws Exception {
    JsonNode json = new ObjectMapper().readTree(of(june(), "CONTROL", CommunicationType.DAILY)
        .render(AgendaFormat.JSON, Locale.ENGLISH));
    assertEquals(List.of("format", "type", "employee", "evaluator", "asOf", "leftOut", "plannedMinutes", "items"),
        fields(json));
    assertEquals("DAILY", json.get("type").asText());
  }

  @Test
  void jsonTextsAreInTheLanguageAsked() throws Exception {
    JsonNode json = new ObjectMapper().readTree(AGENDA.render(AgendaFormat.JSON, Locale.SIMPLIFIED_CHINESE));
    assertEquals("面谈目的与规则", json.get("items").get(1).get("title").asText());
  }

  @Test
  void markdownHasAHeadingPerItemWithItsMinutesPointsAndRecords() {
    String markdown = AGENDA.render(AgendaFormat.MARKDOWN, Locale.ENGLISH);
    assertTrue(markdown.startsWith("# Performance interview agenda: E1, interview T1\n\nEmployee E1, evaluator M1; as of "),
        markdown);
    assertTrue(markdown.contains("; 45 minutes, " + AGENDA.items().size() + " items\n"), markdown);
    assertTrue(markdown.contains("\n## 2. Purpose and ground rules — "), markdown);
    assertTrue(markdown.contains("\n- Target missed: ask for the employee's view of the causes first"), markdown);
    assertTrue(markdown.contains("_Records: `R2`_"), markdown);
    assertEquals(AGENDA.items().size(), markdown.split("\n## ", -1).length - 1);
  }

  @Test
  void textNumbersTheItemsAndIndentsThePoints() {
    String text = AGENDA.render(AgendaFormat.TEXT, Locale.SIMPLIFIED_CHINESE);
    assertTrue(text.startsWith("绩效面谈议程：E1，面谈 T1\n被考核者 E1，考核者 M1；截至 "), text);
    assertTrue(text.contains("\n\n1. 面谈准备（面谈前完成）（5 分钟）\n"), text);
    assertTrue(text.contains("\n   - 未达成目标：先请被考核者分析原因"), text);
    assertTrue(text.contains("\n   依据记录：R2\n"), text);
    assertFalse(text.contains("[agenda."));
  }

  @Test
  void peopleAreNamedAsTheCycleNamesThem() {
    Agenda agenda = result(scored(june(), true, i -> { }).named("王芳"));
    assertTrue(agenda.render(AgendaFormat.TEXT, Locale.SIMPLIFIED_CHINESE).startsWith("绩效面谈议程：王芳（E1），面谈 T1\n"));
    assertTrue(agenda.render(AgendaFormat.TEXT, Locale.ENGLISH).startsWith("Performance interview agenda: 王芳 (E1), interview T1\n"));
  }

  @Test
  void pluralsFollowTheLanguage() {
    assertTrue(AGENDA.render(AgendaFormat.TEXT, Locale.ENGLISH).contains("Show the 1 record the score rests on."));
  }

  @Test
  void theModelIsLanguageNeutral() {
    AgendaItem review = Agendas.items(AGENDA, AgendaItemKind.RESULT_REVIEW).get(1);
    assertEquals("agenda.review.title", review.title().key());
    assertEquals("I2", review.title().arguments().get("name"));
    assertEquals(55.0, review.points().get(0).arguments().get("score"));
  }

  /** E1's second indicator is named 大客户回款额 and left unscored: EVA-04 names it, the agenda shows that finding. */
  private static Agenda unscoredKeyAccounts() {
    return result(june().employee("E1").indicator("I1", RESULT, 60)
        .indicator("LX2", TASK, 40, i -> i.name("大客户回款额"))
        .communication(CommunicationType.DAILY, "2026-06-08T10:00", "I1")
        .communication(CommunicationType.DAILY, "2026-06-18T10:00", "LX2")
        .record("R1", "I1", "2026-06-08").record("R2", "LX2", "2026-06-18")
        .scoredAt("2026-07-01T10:00").score("I1", 90, true, "R1")
        .strength("keeps the key accounts", "R1").weakness("late weekly reports", "R2")
        .interview("T1", "2026-07-03T10:00", i -> { }));
  }

  @Test
  void aFindingToFixFirstNamesTheIndicatorAsTheCheckDoes() {
    Agenda agenda = unscoredKeyAccounts();
    String chinese = agenda.render(AgendaFormat.TEXT, Locale.SIMPLIFIED_CHINESE);
    String english = agenda.render(AgendaFormat.TEXT, Locale.ENGLISH);
    assertTrue(chinese.replace("\n     ", "").contains("先处理 EVA-04（不合规）：E1 的指标表 S-E1 中，指标“大客户回款额”在考核结果"),
        chinese);
    assertTrue(english.replace("\n     ", " ").contains("Fix first, EVA-04 (non-compliant): Indicator 大客户回款额 on sheet"),
        english);
    // The id is the record behind the point (依据记录), never the indicator's name in a sentence.
    assertFalse(chinese.contains("指标 LX2") || english.contains("Indicator LX2"), chinese + english);
  }

  @Test
  void anItemOnOneIndicatorIsTitledWithItsNameAlone() {
    Agenda agenda = unscoredKeyAccounts();
    assertTrue(agenda.render(AgendaFormat.TEXT, Locale.SIMPLIFIED_CHINESE).contains(". 考核结果：大客户回款额（"));
    assertTrue(agenda.render(AgendaFormat.TEXT, Locale.ENGLISH).contains(". Result: 大客户回款额 ("));
    assertTrue(agenda.render(AgendaFormat.TEXT, Locale.ENGLISH).contains(". Result: I1 ("), "a name that is its id");
  }

  @Test
  void countsReadAsEachLanguageCountsThem() {
    // Used to print "1 targets met" and "bring the (no) coaching talks" / 沟通 0 次.
    Agenda uncoached = result(june().asOf("2026-07-02T18:00").employee("E1").indicator("I1", RESULT, 60).indicator("I2", TASK, 40)
        .communication(CommunicationType.DAILY, "2026-06-08T10:00", "I1")
        .communication(CommunicationType.DAILY, "2026-06-18T10:00", "I1")
        .record("R1", "I1", "2026-06-08").record("R2", "I2", "2026-06-18")
        .scoredAt("2026-07-01T10:00").score("I1", 90, true, "R1").score("I2", 55, false, "R2")
        .strength("keeps the key accounts", "R1").weakness("late weekly reports", "R2")
        .interview("T1", "2026-07-03T10:00", i -> { }));
    String english = uncoached.render(AgendaFormat.MARKDOWN, Locale.ENGLISH);
    assertTrue(english.contains("1 target met: ask once what made it work"), english);
    assertTrue(english.contains("I2: bring the 1 record its score rests on; no coaching talk of the period was about it."),
        english);
    String chinese = uncoached.render(AgendaFormat.MARKDOWN, Locale.SIMPLIFIED_CHINESE);
    assertTrue(chinese.contains("I2：带上评分依据（1 条记录）；本期没有涉及该指标的沟通。"), chinese);
    assertTrue(AGENDA.render(AgendaFormat.MARKDOWN, Locale.SIMPLIFIED_CHINESE)
        .contains("带上考中辅导记录（本期涉及该指标的沟通 1 次）和评分依据（1 条记录）。"));
  }
}
