package io.perfcomm.rules.fact;

import io.perfcomm.rules.Finding;

/**
 * A finding already placed on the agenda under its checkpoint's home item.
 *
 * @param finding the finding
 */
public record PlacedAtHome(Finding finding) {

  @Override
  public String toString() {
    return "PlacedAtHome[" + finding.checkpoint() + " " + finding.records() + "]";
  }
}
