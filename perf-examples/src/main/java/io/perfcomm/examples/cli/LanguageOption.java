package io.perfcomm.examples.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --lang zh-CN|en} option: the language of every text; by default the JVM's, else English. */
public final class LanguageOption {

  /** Simplified Chinese as perf's bundles name it. */
  static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;

  static final String NAME = "--lang";

  @Option(names = NAME, paramLabel = "zh-CN|en", converter = LanguageConverter.class,
      description = "Language of the output: zh-CN or en (default: the system's language if it is Chinese, else en).")
  private Locale locale;

  /** The locale asked for, or the default. */
  Locale locale() {
    return locale != null ? locale : defaultLocale(Locale.getDefault());
  }

  /**
   * The locale a raw command line asks for, read as picocli reads {@code --lang zh-CN} and {@code
   * --lang=zh-CN}, for work that starts before picocli has parsed it; the default when it asks for
   * none or names an unsupported language (picocli reports that one).
   */
  static Locale of(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      String value = word.equals(NAME) && i + 1 < words.size() ? words.get(i + 1)
          : word.startsWith(NAME + "=") ? word.substring(NAME.length() + 1) : null;
      if (value != null) {
        try {
          return new LanguageConverter().convert(value);
        } catch (TypeConversionException e) {
          break;
        }
      }
    }
    return defaultLocale(Locale.getDefault());
  }

  /** zh-CN for a Chinese JVM locale, English for everything else. */
  static Locale defaultLocale(Locale jvm) {
    return "zh".equals(jvm.getLanguage()) ? ZH_CN : Locale.ENGLISH;
  }

  /**
   * Reads {@code zh-CN} (also {@code zh}, {@code zh_CN} and any other Chinese tag, {@code zh-TW}, {@code
   * zh-Hant}, {@code zh-HK}: perf's texts are in simplified Chinese only) and {@code en} (also {@code en-US} …).
   */
  static final class LanguageConverter implements ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      String tag = value.trim().replace('_', '-').toLowerCase(Locale.ROOT);
      if (tag.equals("zh") || tag.startsWith("zh-")) {
        return ZH_CN;
      }
      if (tag.equals("en") || tag.startsWith("en-")) {
        return Locale.ENGLISH;
      }
      throw new TypeConversionException("'" + value + "' is not a supported language; use zh-CN or en");
    }
  }
}
