package io.perfcomm.rules;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.objective.Indicator;
import io.perfcomm.core.objective.IndicatorId;
import io.perfcomm.core.objective.IndicatorSheet;
import io.perfcomm.core.organisation.PersonId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The names a report shows for a cycle's ids: people by id, and indicators by id where the sheets agree on one. */
final class CycleNames {

  private CycleNames() {}

  /** Each person's name by id. */
  static Map<PersonId, String> people(Cycle cycle) {
    Map<PersonId, String> names = new HashMap<>(cycle.people().size() * 2);
    cycle.people().forEach(p -> names.put(p.id(), p.name()));
    return names;
  }

  /** Each indicator's name by id, for ids whose sheets agree on one name (an id reused with other names stays an id). */
  static Map<IndicatorId, String> indicators(Cycle cycle) {
    Map<IndicatorId, String> names = new HashMap<>();
    Set<IndicatorId> ambiguous = new HashSet<>();
    for (IndicatorSheet sheet : cycle.sheets()) {
      for (Indicator indicator : sheet.indicators()) {
        String before = names.putIfAbsent(indicator.id(), indicator.name());
        if (before != null && !before.equals(indicator.name())) {
          ambiguous.add(indicator.id());
        }
      }
    }
    names.keySet().removeAll(ambiguous);
    return names;
  }
}
