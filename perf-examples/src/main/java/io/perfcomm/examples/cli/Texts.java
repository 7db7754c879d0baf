package io.perfcomm.examples.cli;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import io.perfcomm.rules.DisabledBy;
import io.perfcomm.rules.Report;
import io.perfcomm.rules.Severity;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The command line's own texts (headings, labels, progress) in one language, from the {@code
 * messages} bundle beside this class: ICU message patterns with arguments {@code {0}}, {@code {1}} …,
 * so that counts take the language's plural forms ({@code {0, plural, one {# file} other {# files}}}).
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

  /** The text of a key with {@code {0}}, {@code {1}} … filled in; numbers get the locale's separators and plurals. */
  String get(String key, Object... args) {
    String text;
    try {
      text = bundle.getString(key);
    } catch (MissingResourceException e) {
      return "[" + key + "]";
    }
    Object[] values = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      values[i] = args[i] instanceof Number ? args[i] : String.valueOf(args[i]);
    }
    return new MessageFormat(text, ULocale.forLocale(locale)).format(values);
  }

  /**
   * The checkpoints a check switched off, by who did, e.g. "by --disable: COM-03; by the cycle file's
   * own policy: COM-03, INT-01"; empty when none were. Every output says it this one way.
   */
  String disabled(Report report) {
    List<String> parts = new ArrayList<>();
    for (DisabledBy by : DisabledBy.values()) {
      List<String> ids = report.disabled().entrySet().stream().filter(e -> e.getValue().contains(by))
          .map(Map.Entry::getKey).collect(Collectors.toList());
      if (!ids.isEmpty()) {
        parts.add(get("disabled." + by, String.join(get("list.separator"), ids)));
      }
    }
    return String.join(get("disabled.separator"), parts);
  }

  /**
   * The checkpoints whose severity the policy set, e.g. "COM-03 ERROR, EVA-02 INFO; in department SALES:
   * COM-03 INFO"; empty when none was. Every output says it this one way.
   */
  String severities(Report report) {
    List<String> parts = new ArrayList<>();
    if (!report.severities().isEmpty()) {
      parts.add(severities(report.severities()));
    }
    report.departmentSeverities().forEach((department, set) ->
        parts.add(get("severities.department", department, severities(set))));
    return String.join(get("disabled.separator"), parts);
  }

  private String severities(Map<String, Severity> set) {
    return set.entrySet().stream().map(e -> get("severities.one", e.getKey(), get("severity." + e.getValue())))
        .collect(Collectors.joining(get("list.separator")));
  }

  /** A number with the locale's grouping, e.g. {@code 10,000}. */
  String number(long value) {
    return NumberFormat.getIntegerInstance(locale).format(value);
  }

}
