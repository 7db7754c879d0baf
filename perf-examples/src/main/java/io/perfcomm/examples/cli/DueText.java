package io.perfcomm.examples.cli;

import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.rules.due.DueList;
import io.perfcomm.rules.due.DueStep;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A due list the way a manager reads a weekly to-do list: per person who acts (the one with the
 * earliest step first), each step on its day, the overdue ones marked, what to do, the checkpoint and
 * the records; as 80-column text for a terminal, or as a Markdown task list. Texts come from the due
 * list's renderer (people named as the cycle names them) and the command line's bundle.
 */
final class DueText {

  private final DueList due;
  private final Texts texts;
  private final Terminal terminal;
  private final Optional<LocalDate> within;
  private final DateTimeFormatter date;

  DueText(DueList due, Texts texts, Terminal terminal, Optional<LocalDate> within) {
    this.due = due;
    this.texts = texts;
    this.terminal = terminal;
    this.within = within;
    this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale());
  }

  /** Plain text at {@link Terminal#WIDTH} columns. */
  String text() {
    StringBuilder out = new StringBuilder();
    out.append(terminal.bold(texts.get("due.heading", due.periodName(texts.locale()), asOf()))).append('\n');
    within.ifPresent(last -> out.append(texts.get("due.within", date.format(last))).append('\n'));
    if (due.leftOut() > 0) {
      out.append(terminal.yellow(Terminal.wrapped(texts.get("check.leftOut", due.leftOut()), "", "  ").stripTrailing()))
          .append('\n');
    }
    out.append(summary()).append('\n');
    out.append(terminal.dim("─".repeat(Terminal.WIDTH))).append('\n');
    int dateWidth = due.steps().stream().mapToInt(s -> Terminal.width(date.format(s.by()))).max().orElse(0);
    String overdue = texts.get("due.overdue");
    // The column of the overdue mark only when some step is overdue.
    boolean anyOverdue = due.steps().stream().anyMatch(DueStep::overdue);
    int markWidth = anyOverdue ? Terminal.width(overdue) + 2 : 0;
    String under = " ".repeat(2 + dateWidth + 2 + markWidth);
    for (Optional<PersonId> actor : due.actors()) {
      List<DueStep> steps = stepsOf(actor);
      out.append('\n').append(heading(terminal.bold(actorName(actor, steps, UnaryOperator.identity())), count(steps)));
      for (DueStep step : steps) {
        String day = date.format(step.by());
        String lead = "  " + day + " ".repeat(dateWidth - Terminal.width(day) + 2);
        String first = lead + (step.overdue() ? overdue + "  " : " ".repeat(markWidth));
        // Wrapped with the plain mark, coloured after: a colour code takes no column. A person's name and
        // id stay on one line, as a reader takes them in (DOMAIN.md §6.4).
        String lines = Terminal.wrapped(due.text(step, texts.locale()), first, under, people(step));
        out.append(step.overdue() ? lead + terminal.red(overdue) + lines.substring(lead.length() + overdue.length()) : lines);
        out.append(terminal.dim(Terminal.wrappedWords(detail(step), under, under + "  ")));
      }
    }
    return terminal.printable(out.toString());
  }

  /** The rendered names of the people a step speaks of, which the line breaker keeps whole (DOMAIN.md §6.4). */
  private List<String> people(DueStep step) {
    List<String> people = new ArrayList<>();
    people.add(due.person(step.about(), texts.locale()));
    step.actor().ifPresent(actor -> people.add(due.person(actor, texts.locale())));
    return people;
  }

  /** A Markdown task list: a heading per person who acts, a task per step, data escaped. */
  String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(escape(texts.get("due.heading", due.periodName(texts.locale()), asOf()))).append("\n\n");
    within.ifPresent(last -> out.append(escape(texts.get("due.within", date.format(last)))).append("\n\n"));
    if (due.leftOut() > 0) {
      out.append(escape(texts.get("check.leftOut", due.leftOut()))).append("\n\n");
    }
    out.append(escape(summary())).append('\n');
    for (Optional<PersonId> actor : due.actors()) {
      List<DueStep> steps = stepsOf(actor);
      out.append("\n## ").append(actorName(actor, steps, DueText::escape)).append(escape(texts.get("due.actor.count", count(steps))))
          .append("\n\n");
      for (DueStep step : steps) {
        out.append("- [ ] **").append(escape(date.format(step.by()))).append("**");
        if (step.overdue()) {
          out.append(" (").append(escape(texts.get("due.overdue"))).append(')');
        }
        out.append(" — ").append(due.renderer().render(step.text(), texts.locale(), DueText::escape))
            .append(" · ").append(escape(detail(step))).append('\n');
      }
    }
    return io.perfcomm.core.Printable.of(out.toString());
  }

  /** The moment of the list; in Chinese on the 24-hour clock, as an HR document writes it (DOMAIN.md §6.4). */
  private String asOf() {
    DateTimeFormatter format = texts.locale().getLanguage().equals("zh")
        ? DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", texts.locale())
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(texts.locale());
    return format.format(due.asOf());
  }

  private String summary() {
    if (due.isEmpty()) {
      return within.map(last -> texts.get("due.none.within", date.format(last))).orElseGet(() -> texts.get("due.none"));
    }
    long overdue = due.steps().stream().filter(DueStep::overdue).count();
    return texts.get(overdue == 0 ? "due.summary" : "due.summary.overdue", due.steps().size(), due.actors().size(), overdue);
  }

  private List<DueStep> stepsOf(Optional<PersonId> actor) {
    return due.steps().stream().filter(s -> s.actor().equals(actor)).collect(Collectors.toList());
  }

  /** "赵刚 (M1) · evaluator"; a step nobody is named for says which role should act. */
  private String actorName(Optional<PersonId> actor, List<DueStep> steps, UnaryOperator<String> data) {
    String roles = steps.stream().map(DueStep::actorRole).distinct().map(r -> texts.get("due.role." + r))
        .collect(Collectors.joining(texts.get("list.separator")));
    if (actor.isEmpty()) {
      return data.apply(texts.get("due.nobody", roles));
    }
    return data.apply(texts.get("due.actor", due.person(actor.get(), texts.locale()), roles));
  }

  private String count(List<DueStep> steps) {
    long overdue = steps.stream().filter(DueStep::overdue).count();
    return overdue == 0 ? texts.get("due.steps", steps.size()) : texts.get("due.steps.overdue", steps.size(), overdue);
  }

  /** The heading of a person's steps, the count right-aligned at the last column when it fits. */
  private String heading(String name, String count) {
    int gap = Terminal.WIDTH - Terminal.width(stripStyles(name)) - Terminal.width(count);
    return gap >= 2 ? name + " ".repeat(gap) + count + "\n" : Terminal.wrapped(name + " · " + count, "", "  ");
  }

  private static String stripStyles(String s) {
    return s.replaceAll("\u001b\\[[0-9;]*m", "");
  }

  /** "INT-01 · V-E04, T-4" (zh-CN: 、): the checkpoint and the records, never broken inside an id. */
  private String detail(DueStep step) {
    return step.records().isEmpty() ? step.checkpoint()
        : step.checkpoint() + " · " + String.join(texts.get("list.separator"), step.records());
  }

  /** Markdown punctuation and HTML in data shown as itself: a name is data, never markup (DOMAIN.md §7). */
  static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (char c : value.replace('\n', ' ').replace('\r', ' ').toCharArray()) {
      if ("\\`*_[]|<>~".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
