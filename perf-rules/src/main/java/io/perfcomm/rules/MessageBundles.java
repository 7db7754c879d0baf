package io.perfcomm.rules;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import io.perfcomm.core.organisation.PersonId;
import java.util.HashMap;

import io.perfcomm.core.Id;
import io.perfcomm.core.PeriodId;
import io.perfcomm.core.objective.IndicatorId;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Renders message keys with named arguments in a locale, from perf's bundles and a host's: the one
 * message model of findings, agendas and the command line. Patterns are ICU MessageFormat ({@code
 * {count, plural, one {# day} other {# days}}}, {@code {employee}}), so plurals follow the language's
 * rules. Values are formatted for the locale: numbers by ICU (plural-aware), dates and date-times in
 * the medium style, lists joined as the language joins them, enum values by their {@code enum.*} key,
 * people as {@code Name (id)} / {@code 姓名（工号）} where the cycle knows the name; in Chinese a value
 * whose edge is Latin or a digit is set off from the Chinese beside it by a space ({@link ChineseSpacing}).
 */
final class MessageBundles {

  /** The names of the people a report speaks of, by id. */
  @FunctionalInterface
  interface Names {
    /** Knows no names: people are shown by id. */
    Names NONE = id -> Optional.empty();

    Optional<String> of(PersonId id);

    /** The name of an indicator, where the cycle gives it one unambiguously; findings name indicators by it. */
    default Optional<String> indicator(IndicatorId id) {
      return Optional.empty();
    }
  }

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
      "io.perfcomm.rules.messages.due",
      "io.perfcomm.rules.messages.common");

  private static final ResourceBundle.Control NO_FALLBACK = new ChineseFallback();

  /**
   * Looks a bundle up without falling back to the JVM's default locale (a report asked for in English
   * stays English on a Chinese desktop), and lets every Chinese locale — {@code zh}, {@code zh-TW},
   * {@code zh-Hant}, {@code zh-HK}, {@code zh-SG} — fall back to the simplified Chinese texts
   * ({@code _zh_CN}) before the English base: perf ships simplified Chinese only, and a Chinese reader is
   * better served by it than by English. A host bundle for the locale itself ({@code _zh_TW}) still wins.
   */
  private static final class ChineseFallback extends ResourceBundle.Control {

    @Override
    public List<String> getFormats(String baseName) {
      return FORMAT_PROPERTIES;
    }

    @Override
    public Locale getFallbackLocale(String baseName, Locale locale) {
      return null;
    }

    @Override
    public List<Locale> getCandidateLocales(String baseName, Locale locale) {
      List<Locale> candidates = super.getCandidateLocales(baseName, locale);
      if (!"zh".equals(locale.getLanguage()) || candidates.contains(Locale.SIMPLIFIED_CHINESE)) {
        return candidates;
      }
      List<Locale> chinese = new ArrayList<>(candidates);
      // Before the base bundle (Locale.ROOT, always last) and after the locale's own and plain "zh".
      chinese.add(chinese.size() - 1, Locale.SIMPLIFIED_CHINESE);
      return chinese;
    }
  }

  private final List<String> baseNames;
  private final ClassLoader classLoader;

  MessageBundles(List<String> baseNames, ClassLoader classLoader) {
    this.baseNames = List.copyOf(baseNames);
    this.classLoader = classLoader;
  }

  /** The text of a key with its arguments filled in, people by id; the key itself, bracketed, when no bundle has it. */
  String render(String key, Map<String, ?> arguments, Locale locale) {
    return render(key, arguments, locale, Names.NONE);
  }

  /** The text of a key with its arguments filled in, people by name and id where {@code names} knows them. */
  String render(String key, Map<String, ?> arguments, Locale locale, Names names) {
    return render(Message.of(key, arguments), locale, names, UnaryOperator.identity());
  }

  /**
   * The one rendering of a {@link Message}: the key's pattern from the first bundle that has it, numbers
   * passed to ICU as numbers (plural rules), every other value formatted for the locale and passed
   * through {@code data} (a format's escaping), nested messages and lists of them rendered the same
   * way first; the key itself, bracketed, when no bundle has it.
   */
  String render(Message message, Locale locale, Names names, UnaryOperator<String> data) {
    Optional<String> pattern = text(message.key(), locale);
    if (pattern.isEmpty()) {
      return "[" + message.key() + "]";
    }
    boolean chinese = "zh".equals(locale.getLanguage());
    Set<String> spaced = chinese ? ChineseSpacing.plainArguments(pattern.get()) : Set.of();
    Map<String, Object> values = new HashMap<>();
    message.arguments().forEach((name, value) -> {
      if (value instanceof Number) {
        values.put(name, value);
      } else if (value instanceof Year year) {
        // Written as the pattern writes it, like a count: 2026年度 is one word, never "2026 年度".
        values.put(name, String.valueOf(year.getValue()));
      } else {
        String text = value(value, locale, names, data);
        values.put(name, spaced.contains(name) ? ChineseSpacing.mark(text) : text);
      }
    });
    try {
      String text = new MessageFormat(pattern.get(), ULocale.forLocale(locale)).format(values);
      return chinese ? ChineseSpacing.apply(text) : text;
    } catch (IllegalArgumentException e) {
      // A host's pattern that ICU cannot parse is shown as written rather than failing the report.
      return pattern.get();
    }
  }

  /** A renderer of messages bound to the names a cycle gives people. */
  MessageRenderer renderer(Names names) {
    return (message, locale, data) -> render(message, locale, names, data);
  }

  private String value(Object value, Locale locale, Names names, UnaryOperator<String> data) {
    if (value instanceof Message nested) {
      return render(nested, locale, names, data);
    }
    if (value instanceof Optional<?> optional && optional.isPresent() && optional.get() instanceof Message) {
      return value(optional.get(), locale, names, data);
    }
    if (value instanceof Collection<?> list && list.stream().anyMatch(Message.class::isInstance)) {
      String separator = text("list.separator", locale).orElse(", ");
      return list.stream().map(v -> value(v, locale, names, data)).collect(Collectors.joining(separator));
    }
    return data.apply(format(value, locale, names));
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
    return format(value, locale, Names.NONE);
  }

  /** Chinese HR documents write times on the 24-hour clock (2026年4月1日 12:00, never 下午12:00; DOMAIN.md §6.4). */
  private static final DateTimeFormatter CHINESE_DATE_TIME = DateTimeFormatter.ofPattern("y年M月d日 HH:mm", Locale.CHINESE);
  private static final DateTimeFormatter CHINESE_MONTH = DateTimeFormatter.ofPattern("y年M月", Locale.CHINESE);

  /** A date and time as a reader of the locale writes it: medium date, short time; 24-hour in Chinese. */
  static DateTimeFormatter dateTime(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? CHINESE_DATE_TIME
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
  }

  /** A monthly period as a month (2026年10月, October 2026); any other period by its id. */
  static String month(PeriodId period, Locale locale) {
    YearMonth month;
    try {
      month = YearMonth.parse(period.value());
    } catch (DateTimeParseException e) {
      return period.value();
    }
    return "zh".equals(locale.getLanguage()) ? CHINESE_MONTH.format(month)
        : DateTimeFormatter.ofPattern("MMMM y", locale).format(month);
  }

  String format(Object value, Locale locale, Names names) {
    if (value instanceof LocalDateTime) {
      return dateTime(locale).format((LocalDateTime) value);
    }
    if (value instanceof PeriodId period) {
      return month(period, locale);
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
      return ((Optional<?>) value).map(v -> format(v, locale, names)).orElse("—");
    }
    if (value instanceof Collection<?>) {
      String separator = text("list.separator", locale).orElse(", ");
      return ((Collection<?>) value).stream().map(v -> format(v, locale, names)).collect(Collectors.joining(separator));
    }
    if (value instanceof PersonId person) {
      // A name that only repeats the id (as test scenarios give) adds nothing.
      Optional<String> name = names.of(person).filter(n -> !n.equals(person.value()));
      if (name.isPresent()) {
        return render("person.named", Map.of("name", name.get(), "id", person.value()), locale);
      }
    }
    if (value instanceof IndicatorId indicator) {
      // A person reads an indicator by its name (大客户回款额), not its id (DOMAIN.md §6.4).
      Optional<String> name = names.indicator(indicator).filter(n -> !n.isBlank() && !n.equals(indicator.value()));
      if (name.isPresent()) {
        return render("indicator.named", Map.of("name", name.get()), locale);
      }
    }
    if (value instanceof Id<?>) {
      return ((Id<?>) value).value();
    }
    return String.valueOf(value);
  }
}
