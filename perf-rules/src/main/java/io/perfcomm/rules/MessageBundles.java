package io.perfcomm.rules;

import io.perfcomm.core.Id;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders message keys with named arguments ({@code {count}}) in a locale, from perf's bundles and a
 * host's. Values are formatted for the locale: dates and date-times in its medium style, numbers with
 * its separators, lists joined as the language joins them, enum values by their {@code enum.*} key.
 */
final class MessageBundles {

  /** perf's own bundles, one per rule sheet so each sheet's texts sit together. */
  static final List<String> PERF_BUNDLES = List.of(
      "io.perfcomm.rules.messages.objectives",
      "io.perfcomm.rules.messages.communication",
      "io.perfcomm.rules.messages.evaluation",
      "io.perfcomm.rules.messages.interview",
      "io.perfcomm.rules.messages.appeal",
      "io.perfcomm.rules.messages.application",
      "io.perfcomm.rules.messages.training",
      "io.perfcomm.rules.messages.agenda",
      "io.perfcomm.rules.messages.common");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final List<String> baseNames;
  private final ClassLoader classLoader;

  MessageBundles(List<String> baseNames, ClassLoader classLoader) {
    this.baseNames = List.copyOf(baseNames);
    this.classLoader = classLoader;
  }

  /** The text of a key with its arguments filled in; the key itself, bracketed, when no bundle has it. */
  String render(String key, Map<String, ?> arguments, Locale locale) {
    Optional<String> pattern = text(key, locale);
    if (pattern.isEmpty()) {
      return "[" + key + "]";
    }
    Matcher matcher = PLACEHOLDER.matcher(pattern.get());
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      Object value = arguments.get(matcher.group(1));
      String text = value == null ? matcher.group() : format(value, locale);
      matcher.appendReplacement(out, Matcher.quoteReplacement(text));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** The raw text of a key, from the first bundle that has it. */
  Optional<String> text(String key, Locale locale) {
    for (String baseName : baseNames) {
      ResourceBundle bundle;
      try {
        bundle = ResourceBundle.getBundle(baseName, locale, classLoader, NO_FALLBACK);
      } catch (MissingResourceException e) {
        continue;
      }
      if (bundle.containsKey(key)) {
        return Optional.of(bundle.getString(key));
      }
    }
    return Optional.empty();
  }

  String format(Object value, Locale locale) {
    if (value instanceof LocalDateTime) {
      return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
          .withLocale(locale).format((LocalDateTime) value);
    }
    if (value instanceof LocalDate) {
      return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format((LocalDate) value);
    }
    if (value instanceof Number) {
      NumberFormat format = NumberFormat.getNumberInstance(locale);
      format.setMaximumFractionDigits(2);
      return format.format(value);
    }
    if (value instanceof Enum<?>) {
      Enum<?> constant = (Enum<?>) value;
      return text("enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name(), locale)
          .orElse(constant.name());
    }
    if (value instanceof Optional<?>) {
      return ((Optional<?>) value).map(v -> format(v, locale)).orElse("—");
    }
    if (value instanceof Collection<?>) {
      String separator = text("list.separator", locale).orElse(", ");
      return ((Collection<?>) value).stream().map(v -> format(v, locale)).collect(Collectors.joining(separator));
    }
    if (value instanceof Id<?>) {
      return ((Id<?>) value).value();
    }
    return String.valueOf(value);
  }
}
