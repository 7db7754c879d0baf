package io.perfcomm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfcomm.core.interview.ObjectionId;
import io.perfcomm.core.organisation.PersonId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChineseSpacingTest {

  private static final MessageBundles BUNDLES = new MessageBundles(MessageBundles.PERF_BUNDLES,
      ChineseSpacingTest.class.getClassLoader());

  private static final Map<String, Object> OBJECTION = Map.of(
      "employee", PersonId.of("E07"),
      "objection", ObjectionId.of("O-E07-1"),
      "raisedAt", LocalDateTime.of(2026, 4, 3, 10, 30),
      "status", io.perfcomm.core.interview.ObjectionStatus.OPEN,
      "deadline", LocalDate.of(2026, 4, 10));

  private static String space(String... parts) {
    StringBuilder marked = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      marked.append(i % 2 == 1 ? ChineseSpacing.mark(parts[i]) : parts[i]);
    }
    return ChineseSpacing.apply(marked.toString());
  }

  @Test
  void aValueWithLatinEdgesIsSetOffFromTheChineseAroundIt() {
    assertEquals("提出的异议 O-E07-1 尚待答复", space("提出的异议", "O-E07-1", "尚待答复"));
  }

  @Test
  void aDateIsSetOffOnBothSidesEvenWhereItEndsInChinese() {
    assertEquals("答复期限 2026年4月10日 仍未答复", space("答复期限", "2026年4月10日", "仍未答复"));
    assertEquals("于 2026年4月3日 上午10:30 提出", space("于", "2026年4月3日 上午10:30", "提出"));
    assertEquals("（2026年3月1日 至 2026年3月8日）", space("（", "2026年3月1日", " 至 ", "2026年3月8日", "）"));
  }

  @Test
  void aNamedPersonNeedsNoSpaceAndAnIdDoes() {
    assertEquals("与王芳（E04）进行绩效面谈", space("与", "王芳（E04）", "进行绩效面谈"));
    assertEquals("与 E04 进行绩效面谈", space("与", "E04", "进行绩效面谈"));
  }

  @Test
  void aChineseValueLosesTheSpacesThePatternPutAroundIt() {
    assertEquals("被考核者刘洋（E07），考核者赵刚（M1）；", space("被考核者 ", "刘洋（E07）", "，考核者 ", "赵刚（M1）", "；"));
    assertEquals("对大客户回款额提出了异议", space("对 ", "大客户回款额", " 提出了异议"));
  }

  @Test
  void punctuationAndSpacesAlreadyThereAreLeftAlone() {
    assertEquals("（V-E04），考核结果 V-E04 于", space("（", "V-E04", "），考核结果 ", "V-E04", " 于"));
    assertEquals("Interview T-E04 with 王芳（E04）", space("Interview ", "T-E04", " with ", "王芳（E04）", ""));
    assertEquals("备注 (none) 已记录", space("备注 ", "(none)", " 已记录"));
  }

  @Test
  void aMessageRenderedInChineseSpacesItsValuesAndLeavesNoMarks() {
    String zh = BUNDLES.render("APL-01.due.message", OBJECTION, Locale.SIMPLIFIED_CHINESE,
        id -> Optional.of("刘洋"));
    assertEquals("被考核者刘洋（E07）于 2026年4月3日 10:30 提出的异议 O-E07-1 尚待答复，答复期限为 2026年4月10日。", zh);
    String unnamed = BUNDLES.render("APL-01.due.message", OBJECTION, Locale.SIMPLIFIED_CHINESE);
    assertEquals("被考核者 E07 于 2026年4月3日 10:30 提出的异议 O-E07-1 尚待答复，答复期限为 2026年4月10日。", unnamed);
  }

  @Test
  void aValueInsideASelectIsSpacedToo() {
    String zh = BUNDLES.render("APL-01.late.message", Map.of("employee", PersonId.of("E07"), "objection",
        ObjectionId.of("O-E07-1"), "raisedAt", LocalDateTime.of(2026, 4, 3, 10, 30), "answeredAt",
        LocalDateTime.of(2026, 4, 12, 9, 0), "byAppeal", true, "appeal", Optional.of(io.perfcomm.core.appeal.AppealId.of("AP-7")),
        "deadline", LocalDate.of(2026, 4, 10)), Locale.SIMPLIFIED_CHINESE);
    assertEquals(true, zh.contains("才转为申诉 AP-7，"), zh);
  }

  @Test
  void aValueThatSelectsACaseIsPassedToIcuUnmarked() {
    assertEquals(Set.of("employee", "raisedAt", "objection", "answeredAt", "appeal", "deadline"),
        ChineseSpacing.plainArguments("被考核者{employee}于{raisedAt}提出的异议{objection}，直到{answeredAt}才{byAppeal, select, true {转为申诉{appeal}} other {得到答复}}，超过了答复期限{deadline}。"));
  }

  @Test
  void englishIsRenderedAsWritten() {
    assertEquals("Objection O-E07-1 that E07 raised on Apr 3, 2026, 10:30 AM still awaits an answer, due by Apr 10, 2026.",
        BUNDLES.render("APL-01.due.message", OBJECTION, Locale.ENGLISH));
  }
}
