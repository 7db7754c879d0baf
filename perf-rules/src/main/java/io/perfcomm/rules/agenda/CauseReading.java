package io.perfcomm.rules.agenda;

import io.perfcomm.core.interview.ImprovementPlan;
import io.perfcomm.core.interview.ResourceKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an improvement plan's causes for the resource support they call for, by the words HR people
 * write them in (Chinese and English). A cause may call for more than one kind, or for none that
 * words can tell; the agenda then falls back on the indicator and the records.
 */
public final class CauseReading {

  private static final Map<ResourceKind, List<String>> WORDS = new EnumMap<>(ResourceKind.class);

  static {
    WORDS.put(ResourceKind.TRAINING, List.of("技能", "技巧", "经验", "方法", "知识", "熟悉", "培训", "能力", "新手",
        "skill", "experience", "method", "knowledge", "training", "unfamiliar", "new to", "know-how"));
    WORDS.put(ResourceKind.NETWORK, List.of("客户", "区域", "关系", "协作", "配合", "人脉", "对接", "渠道", "同事",
        "customer", "client", "contact", "territory", "region", "cooperation", "relationship", "colleague", "network"));
    WORDS.put(ResourceKind.POLICY, List.of("目标", "标准", "流程", "制度", "审批", "政策", "规定", "考核方式",
        "target", "standard", "process", "rule", "approval", "policy", "procedure"));
    WORDS.put(ResourceKind.BUDGET, List.of("预算", "费用", "经费", "工具", "人手", "设备", "资金", "系统", "人员不足",
        "budget", "cost", "expense", "tool", "staff", "equipment", "money", "funding", "headcount"));
  }

  private CauseReading() {}

  /**
   * {@return the hints of every cause of a plan, in the order the causes and kinds come}
   *
   * @param plan the plan's id
   */
  public static List<CauseHint> of(ImprovementPlan plan) {
    List<CauseHint> hints = new ArrayList<>();
    for (String cause : plan.causes()) {
      String text = cause.toLowerCase(Locale.ROOT);
      WORDS.forEach((kind, words) -> {
        if (words.stream().anyMatch(text::contains)) {
          hints.add(new CauseHint(plan.id(), cause, kind));
        }
      });
    }
    return hints;
  }
}
