package io.perfcomm.rules.fact;

import io.perfcomm.rules.Finding;

/**
 * A finding already placed on the agenda under the indicator it names.
 *
 * @param finding the finding
 */
public record PlacedOnIndicator(Finding finding) {

  @Override
  public String toString() {
    return "PlacedOnIndicator[" + finding.checkpoint() + " " + finding.records() + "]";
  }
}
