package io.perfcomm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

/** {@code --lang}: any Chinese tag gives perf's simplified Chinese, any English tag English. */
class LanguageOptionTest {

  @ParameterizedTest
  @ValueSource(strings = {"zh", "zh-CN", "zh_CN", "zh-Hans", "zh-TW", "zh-Hant", "zh-HK", "zh-SG"})
  void everyChineseTagIsSimplifiedChinese(String tag) {
    assertEquals(Locale.SIMPLIFIED_CHINESE, new LanguageOption.LanguageConverter().convert(tag));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "en-US", "en-GB"})
  void everyEnglishTagIsEnglish(String tag) {
    assertEquals(Locale.ENGLISH, new LanguageOption.LanguageConverter().convert(tag));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "zhx", "ja"})
  void anotherLanguageIsRefused(String tag) {
    assertThrows(TypeConversionException.class, () -> new LanguageOption.LanguageConverter().convert(tag));
  }
}
