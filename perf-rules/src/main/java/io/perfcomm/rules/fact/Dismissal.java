package io.perfcomm.rules.fact;

import io.perfcomm.core.interview.Interview;

/**
 * The purpose of the interview is a dismissal: there is no next period or improvement plan to agree.
 *
 * @param interview the interview
 */
public record Dismissal(Interview interview) {

  @Override
  public String toString() {
    return "Dismissal[" + interview.id() + "]";
  }
}
