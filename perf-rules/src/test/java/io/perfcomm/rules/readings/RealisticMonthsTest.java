package io.perfcomm.rules.readings;

import static io.perfcomm.rules.Fixtures.assertClean;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perfcomm.core.Cycle;
import io.perfcomm.core.json.CycleJson;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Report;
import io.perfcomm.rules.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Four department months written as an HRIS exports them, each run by the book, give no ERROR and no
 * WARNING (DOMAIN.md §6), at the moment of the file and every few days as the month went:
 * <ul>
 *   <li>May 2026, 市场部: 劳动节 (1, 4 and 5 May off), the make-up Saturday 9 May with a weekly report
 *       dated on it, four days of sick leave in one week, a week of annual leave for the key-position
 *       holder, annual leave joined to the holiday (拼假) with the indicator talk and signature on the
 *       first day back, a signature on the first working day after the holiday, the month-end summary and one
 *       scoring on Friday 29 May, the last working day of a month that ends on a Sunday;</li>
 *   <li>September 2026, 客户服务部: a transfer between team leaders on the 14th, a promotion to a key
 *       position from the 16th with its targets changed and re-signed the day before, a new hire on
 *       probation from the 15th, a leaver whose last day is the make-up Sunday 20 September, 中秋 and
 *       国庆 moving the interview deadline to 8 October;</li>
 *   <li>March 2026, 销售部: disputes that end the month after: an objection withdrawn and the result
 *       signed, one resolved, an appeal amending the result under each {@code payDuringAppeal} policy
 *       (pay held until the decision; paid on payday and adjusted), and a 绩效预警面谈 with HR present;</li>
 *   <li>July 2026, 仓储物流部: a dismissal at the result interview, prepared and with HR and the leader
 *       present, after June's improvement plan failed in July, the employee leaving in August; the
 *       evaluator passing the certification retake.</li>
 * </ul>
 * Each deliberate break fires its checkpoint once, and nothing else.
 */
class RealisticMonthsTest {

  private static final String MAY = "2026-05-holiday-make-up-day-leave.json";
  private static final String SEPTEMBER = "2026-09-transfer-promotion-hire-leaver.json";
  private static final String MARCH = "2026-03-disputes-ended.json";
  private static final String JULY = "2026-07-dismissal-certification-retake.json";

  private static ObjectNode tree(String file) {
    try (InputStream in = RealisticMonthsTest.class.getResourceAsStream("/io/perfcomm/rules/readings/months/" + file)) {
      return (ObjectNode) CycleJson.mapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Cycle cycle(ObjectNode tree) {
    try {
      return CycleJson.read(CycleJson.mapper().writeValueAsString(tree));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {MAY, SEPTEMBER, MARCH, JULY})
  void aMonthRunByTheBookGivesNoErrorAndNoWarning(String file) {
    assertClean(cycle(tree(file)));
  }

  @ParameterizedTest
  @CsvSource({
      MAY + ", 2026-04-27T12:00",
      SEPTEMBER + ", 2026-08-26T12:00",
      MARCH + ", 2026-02-25T12:00",
      // Before the retake's first survey on 8 July, TRN-01 rightly warns of the failed first attempt.
      JULY + ", 2026-07-08T12:00"})
  void aMonthRunByTheBookGivesNoErrorAndNoWarningAsItWent(String file, String from) {
    ObjectNode tree = tree(file);
    LocalDateTime end = LocalDateTime.parse(tree.get("asOf").asText());
    for (LocalDateTime asOf = LocalDateTime.parse(from); asOf.isBefore(end); asOf = asOf.plusDays(3)) {
      tree.put("asOf", asOf.toString());
      assertClean(cycle(tree));
    }
  }

  @Test
  void aFailedCertificationIsAWarningUntilTheRetakeBegins() {
    ObjectNode july = tree(JULY);
    july.put("asOf", "2026-07-01T12:00");
    assertEquals(List.of("TRN-01 WARNING M-41 [CT-41-1]"), breaches(july));
  }

  /** The month's ERROR and WARNING findings, each as checkpoint, severity, subject and records. */
  private static List<String> breaches(ObjectNode tree) {
    Report report = PerfEngine.withDefaults().check(cycle(tree));
    return report.findings().stream().filter(f -> f.severity() != Severity.INFO)
        .map(f -> f.checkpoint() + " " + f.severity() + " " + subject(f) + " " + f.records())
        .collect(Collectors.toList());
  }

  private static String subject(Finding finding) {
    return finding.employee().or(finding::evaluator).map(Object::toString).orElse("-");
  }

  /** The message of the one ERROR or WARNING of the month, in the language given. */
  private static String onlyMessage(ObjectNode tree, Locale locale) {
    Report report = PerfEngine.withDefaults().check(cycle(tree));
    List<Finding> breaches = report.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
    assertEquals(1, breaches.size(), breaches.toString());
    return report.message(breaches.get(0), locale);
  }

  private static void dropTalk(ObjectNode tree, String employee, String at) {
    remove(tree, "communications", c -> c.get("employee").asText().equals(employee) && c.get("at").asText().startsWith(at));
  }

  private static void remove(ObjectNode tree, String kind, java.util.function.Predicate<JsonNode> which) {
    int before = tree.get(kind).size();
    for (Iterator<JsonNode> it = tree.get(kind).iterator(); it.hasNext(); ) {
      if (which.test(it.next())) {
        it.remove();
      }
    }
    assertEquals(before - 1, tree.get(kind).size(), "one " + kind + " record removed");
  }

  private static ObjectNode byId(ObjectNode tree, String kind, String id) {
    for (JsonNode node : tree.get(kind)) {
      if (node.get("id").asText().equals(id)) {
        return (ObjectNode) node;
      }
    }
    throw new AssertionError(kind + " " + id);
  }

  private static ObjectNode broken(String file, Consumer<ObjectNode> breach) {
    ObjectNode tree = tree(file);
    breach.accept(tree);
    return tree;
  }

  @Test
  void aKeyPositionWeekWithoutATalkIsOneCom01() {
    ObjectNode may = broken(MAY, t -> dropTalk(t, "E-111", "2026-05-19"));
    assertEquals(List.of("COM-01 ERROR E-111 []"), breaches(may));
    assertEquals("王静 (E-111) holds a key position but had no communication in the week May 18, 2026 – May 24, 2026; "
        + "at least 1 is required every week.", onlyMessage(may, Locale.ENGLISH));
  }

  @Test
  void thePromotionWeekWithoutATalkSinceThePromotionIsOneCom01FromThatDay() {
    ObjectNode september = broken(SEPTEMBER, t -> dropTalk(t, "E-212", "2026-09-18"));
    assertEquals(List.of("COM-01 ERROR E-212 []"), breaches(september));
    assertEquals("被考核者吴芳（E-212）在关键岗位上，2026年9月16日 至 2026年9月20日 这一周没有进行绩效沟通，关键岗位每周至少须沟通 1 次。",
        onlyMessage(september, Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void aTransferWithoutARoleTalkByTheNewEvaluatorIsOneCom05() {
    ObjectNode september = broken(SEPTEMBER, t -> dropTalk(t, "E-211", "2026-09-14"));
    assertEquals(List.of("COM-05 ERROR E-211 [EV-211]"), breaches(september));
  }

  @Test
  void aPromotionWithoutARoleTalkIsOneCom05ThatSaysNewPosition() {
    ObjectNode september = broken(SEPTEMBER, t -> dropTalk(t, "E-212", "2026-09-15T10:00"));
    assertEquals(List.of("COM-05 ERROR E-212 [EV-212]"), breaches(september));
    assertEquals("被考核者吴芳（E-212）自 2026年9月16日 起担任新岗位，但考核者周洁（M-22）在 2026年9月30日 16:00 评分前未与其进行角色沟通。",
        onlyMessage(september, Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void aWarningTalkWithoutHrOrTheLeaderIsOneInt06() {
    ObjectNode march = broken(MARCH, t -> byId(t, "interviews", "IV-315").putArray("support"));
    assertEquals(List.of("INT-06 ERROR E-315 [IV-315]"), breaches(march));
  }

  @Test
  void payHeldDuringTheAppealButNeverAdjustedIsOneApl03() {
    ObjectNode march = broken(MARCH, t -> remove(t, "applications", a -> a.get("id").asText().equals("AP-314B")));
    march.put("asOf", "2026-05-08T18:00");
    assertEquals(List.of("APL-03 ERROR E-314 [APL-314, EV-314]"), breaches(march));
  }

  @Test
  void aDismissalWithoutPreparationOrSupportIsOneInt06ListingBoth() {
    ObjectNode july = broken(JULY, t -> {
      byId(t, "interviews", "IV-411").putArray("support");
      byId(t, "interviews", "IV-411").remove("preparation");
    });
    assertEquals(List.of("INT-06 ERROR E-411 [IV-411]"), breaches(july));
  }

  @Test
  void aFailedPlanNeverFollowedUpIsOneApp03() {
    ObjectNode july = broken(JULY, t -> t.get("communications").forEach(c -> ((ObjectNode) c).remove("followsUpPlan")));
    assertEquals(List.of("APP-03 ERROR E-411 [PL-411-06]"), breaches(july));
  }

  @Test
  void aFailedRetakeIsOneTrn02AndNoTrn01() {
    ObjectNode july = broken(JULY, t -> {
      ArrayNode surveys = byId(t, "certifications", "CT-41-2").putArray("surveys");
      surveys.addObject().put("at", "2026-07-08").put("score", 76);
      surveys.addObject().put("at", "2026-07-15").put("score", 78);
      surveys.addObject().put("at", "2026-07-22").put("score", 77);
    });
    assertEquals(List.of("TRN-02 WARNING M-41 [CT-41-1, CT-41-2]"), breaches(july));
  }
}
