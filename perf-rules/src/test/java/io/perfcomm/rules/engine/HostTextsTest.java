package io.perfcomm.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Report;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A host's bundles are searched before perf's, and every Chinese locale reads perf's simplified Chinese. */
class HostTextsTest {

  private static Report report(PerfEngine engine) {
    return engine.check(Scenario.month("2026-06").employee("E1").followsStandardProcess().build());
  }

  @Test
  void aHostBundleRewordsPerfsOwnText() {
    Report report = report(PerfEngine.builder().addMessages("com.acme.perf.wording").build());
    assertEquals("At least N talks before scoring (ACME wording)", report.title("COM-02", Locale.ENGLISH));
    assertEquals("评分前至少沟通 N 次（ACME 用语）", report.title("COM-02", Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void aKeyTheHostBundleLacksStillComesFromPerf() {
    Report report = report(PerfEngine.builder().addMessages("com.acme.perf.wording").build());
    assertEquals(report(PerfEngine.withDefaults()).title("COM-03", Locale.ENGLISH), report.title("COM-03", Locale.ENGLISH));
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "zh-TW", "zh-Hant", "zh-Hant-TW", "zh-HK", "zh-SG", "zh-Hans", "zh-CN", "zh-Hans-CN"})
  void everyChineseLocaleReadsTheSimplifiedChineseTexts(String tag) {
    Report report = report(PerfEngine.withDefaults());
    assertEquals(report.title("COM-02", Locale.SIMPLIFIED_CHINESE), report.title("COM-02", Locale.forLanguageTag(tag)));
  }

  @Test
  void localeChineseReadsChinese() {
    Report report = report(PerfEngine.withDefaults());
    assertEquals(report.title("COM-02", Locale.SIMPLIFIED_CHINESE), report.title("COM-02", Locale.CHINESE));
  }

  @Test
  void englishStaysEnglishOnAChineseDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      Report report = report(PerfEngine.withDefaults());
      assertEquals(report.title("COM-02", Locale.ROOT), report.title("COM-02", Locale.ENGLISH));
    } finally {
      Locale.setDefault(before);
    }
  }
}
