package io.perfcomm.examples.cli;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The command line's own texts (headings, labels, progress) in one language, from the {@code
 * messages} bundle beside this class; {@code {0}}, {@code {1}} … are replaced by the arguments.
 */
final class Texts {

  private static final String BUNDLE = "io.perfcomm.examples.cli.messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale locale;
  private final ResourceBundle bundle;

  Texts(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader(), NO_FALLBACK);
  }

  Locale locale() {
    return locale;
  }

  /** The text of a key with {@code {0}}, {@code {1}} … filled in; numbers get the locale's separators. */
  String get(String key, Object... args) {
    String text;
    try {
      text = bundle.getString(key);
    } catch (MissingResourceException e) {
      return "[" + key + "]";
    }
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", format(args[i]));
    }
    return text;
  }

  /** A number with the locale's grouping, e.g. {@code 10,000}. */
  String number(long value) {
    return NumberFormat.getIntegerInstance(locale).format(value);
  }

  private String format(Object value) {
    if (value instanceof Integer || value instanceof Long) {
      return number(((Number) value).longValue());
    }
    return String.valueOf(value);
  }
}
