package io.perfcomm.rules.fact;

import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.rules.agenda.AgendaItemKind;
import java.util.Objects;

/**
 * The agenda item that a finding naming no indicator goes under, by agenda type and checkpoint prefix.
 * Equal by type and prefix only: the first home derived for a pair is the one that holds.
 *
 * @param type the agenda's communication type
 * @param prefix the checkpoint id prefix (its management system), e.g. {@code COM}
 * @param kind the item the finding goes under
 */
public record FindingHome(CommunicationType type, String prefix, AgendaItemKind kind) {

  @Override
  public boolean equals(Object other) {
    return other instanceof FindingHome && ((FindingHome) other).type == type
        && ((FindingHome) other).prefix.equals(prefix);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, prefix);
  }
}
