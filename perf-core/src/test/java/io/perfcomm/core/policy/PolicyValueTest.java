package io.perfcomm.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.CheckpointId;
import io.perfcomm.core.json.CycleJson;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each policy value is described once ({@link PolicyValue}); the accessors of {@link Policy} and {@link
 * EffectivePolicy}, the merges, the range checks and README's table agree with the descriptors.
 */
class PolicyValueTest {

  private static final String TABLE_HEADER = "| value | default | range | checkpoints | what it sets |";

  private static Set<String> names() {
    return PolicyValue.ALL.stream().map(PolicyValue::name).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void everyOptionalValueOfPolicyHasADescriptor() {
    // A value added to Policy without a descriptor would be dropped by every merge: this catches it.
    Set<String> accessors = Arrays.stream(Policy.class.getDeclaredMethods())
        .filter(m -> Modifier.isAbstract(m.getModifiers()) && m.getReturnType() == Optional.class)
        .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(accessors, names());
  }

  @Test
  void everyDescriptorIsAValueInForceWithItsDefault() throws Exception {
    for (PolicyValue<?> value : PolicyValue.ALL) {
      Object inForce = EffectivePolicy.class.getMethod(value.name()).invoke(EffectivePolicy.DEFAULTS);
      assertEquals(value.defaultValue(), inForce, value.name());
      assertEquals(value.defaultValue(), value.in(EffectivePolicy.DEFAULTS), value.name());
    }
  }

  @Test
  void aValueWrittenInAPolicyFileIsInForceAndSurvivesAMerge() throws Exception {
    Policy written = CycleJson.readPolicy("{\"noticeHours\": 48, \"weightTolerance\": 0.5, \"improvementPlanRequired\":"
        + " \"ON_SHORTFALL\", \"ratingScale\": {\"min\": 1, \"max\": 5}, \"dayCount\": \"WORKING\"}");
    EffectivePolicy inForce = Policy.defaults().overriddenBy(written).effective();
    assertEquals(48, inForce.noticeHours());
    assertEquals(0.5, inForce.weightTolerance());
    assertEquals(PlanRequirement.ON_SHORTFALL, inForce.improvementPlanRequired());
    assertEquals(RatingScale.of(1, 5), inForce.ratingScale());
    assertEquals(DayCount.WORKING, inForce.dayCount());
    assertEquals(Optional.of(48), written.overriddenBy(Policy.builder().passMark(70.0).build()).noticeHours());
  }

  @Test
  void theOverridingPolicysValueWins() {
    Policy company = Policy.builder().noticeHours(48).build();
    assertEquals(12, Policy.builder().noticeHours(24).build().overriddenBy(Policy.builder().noticeHours(12).build())
        .effective().noticeHours());
    assertEquals(48, company.overriddenBy(Policy.defaults()).effective().noticeHours());
  }

  @Test
  void aValueOutsideItsRangeIsAProblemNamingIt() {
    assertEquals(List.of("noticeHours -1 is outside 0–8784"), PolicyProblems.of(Policy.builder().noticeHours(-1).build()));
    assertEquals(List.of("minInterviewMinutes 0 is outside 1–1440"),
        PolicyProblems.of(Policy.builder().minInterviewMinutes(0).build()));
    assertEquals(List.of("weightTolerance NaN is outside 0–100"),
        PolicyProblems.of(Policy.builder().weightTolerance(Double.NaN).build()));
    assertEquals(List.of(), PolicyProblems.of(Policy.builder().noticeHours(8784).minInterviewMinutes(1).build()));
  }

  @Test
  void everyCheckpointADescriptorServesIsWellFormed() {
    PolicyValue.ALL.forEach(value -> value.checkpoints().forEach(id -> assertTrue(CheckpointId.isWellFormed(id.value()))));
    assertEquals(List.of("confirmationDeadlineDays", "indicatorTalkWindowDays"), PolicyValue.namesServing(CheckpointId.of("COM-04")));
  }

  @Test
  void readmesPolicyTableIsMadeFromTheDescriptors() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String expected = table();
    assertTrue(readme.contains(expected), () -> "README.md's policy table should read:\n" + expected);
  }

  /** README's table: one row per descriptor, in the order of {@link PolicyValue#ALL}. */
  static String table() {
    StringBuilder table = new StringBuilder(TABLE_HEADER).append("\n|---|---|---|---|---|\n");
    for (PolicyValue<?> value : PolicyValue.ALL) {
      table.append("| `").append(value.name()).append("` | ").append(shown(value.defaultValue())).append(" | ")
          .append(value.range().map(Object::toString).orElse("—")).append(" | ")
          .append(value.serves())
          .append(" | ").append(value.description()).append(" |\n");
    }
    return table.toString();
  }

  private static String shown(Object value) {
    if (value instanceof Number number) {
      double d = number.doubleValue();
      return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
    if (value instanceof RatingScale scale) {
      return PolicyValue.Range.of(scale.min(), scale.max()).toString();
    }
    if (value instanceof CalendarPolicy) {
      return "Monday–Friday, no holidays";
    }
    return "`" + value + "`";
  }

  /** Prints README's table, to paste after changing a descriptor. */
  public static void main(String[] args) {
    System.out.print(table());
  }
}
