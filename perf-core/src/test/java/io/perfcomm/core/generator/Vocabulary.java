package io.perfcomm.core.generator;

import io.perfcomm.core.objective.IndicatorLevel;
import io.perfcomm.core.organisation.PersonId;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The Chinese words the generator draws from: names, departments with their positions and
 * indicators, and the texts of records. Texts are shared constants so that a large cycle costs
 * memory for its ids and numbers, not for repeated prose.
 */
final class Vocabulary {

  private Vocabulary() {}

  /** A position a department offers, key (关键岗位) or not. */
  record PositionKind(String name, boolean key) {}

  /** An indicator a department uses; {@code percent} targets are capped at 100. */
  record IndicatorKind(String name, IndicatorLevel level, int target, String unit, boolean percent) {

    String target(int value) {
      return value + unit;
    }
  }

  /** A kind of business department with what its people do and are measured on. */
  record DepartmentKind(String name, List<PositionKind> positions, List<IndicatorKind> results, List<IndicatorKind> tasks) {}

  static final String HR_DEPARTMENT = "人力资源部";
  static final String EVALUATOR_POSITION = "部门主管";

  static final List<String> SURNAMES = List.of(
      "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林",
      "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹",
      "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛");

  static final List<String> GIVEN_NAMES = List.of(
      "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
      "超", "秀英", "霞", "平", "刚", "桂英", "婷", "浩", "宇", "欣怡", "子涵", "思远", "俊杰", "雨桐",
      "建华", "志强", "海燕", "晓东", "文博", "嘉怡", "天佑", "佳琪", "一鸣", "梓萱", "国庆", "丽华",
      "晨", "悦", "博文", "雪梅", "立新", "红梅", "建国", "春燕", "鹏", "琳", "昊天", "诗涵", "宏伟");

  static final List<String> REGIONS = List.of("华东", "华南", "华北", "西南", "西北", "华中", "东北");

  private static IndicatorKind result(String name, int target, String unit) {
    return new IndicatorKind(name, IndicatorLevel.RESULT, target, unit, "%".equals(unit));
  }

  private static IndicatorKind task(String name, int target, String unit) {
    return new IndicatorKind(name, IndicatorLevel.TASK, target, unit, "%".equals(unit));
  }

  private static PositionKind key(String name) {
    return new PositionKind(name, true);
  }

  private static PositionKind plain(String name) {
    return new PositionKind(name, false);
  }

  static final List<DepartmentKind> DEPARTMENTS = List.of(
      new DepartmentKind("销售部",
          List.of(key("大客户经理"), key("区域销售经理"), plain("销售代表"), plain("销售助理")),
          List.of(result("部门销售额", 800, "万元"), result("部门回款率", 95, "%")),
          List.of(task("回款额", 120, "万元"), task("新客户拜访", 20, "家"), task("客户回访", 40, "次"),
              task("订单录入准确率", 99, "%"), task("报价及时率", 98, "%"))),
      new DepartmentKind("市场部",
          List.of(key("品牌经理"), plain("市场专员"), plain("活动策划")),
          List.of(result("市场线索量", 600, "条"), result("品牌活动达成率", 90, "%")),
          List.of(task("活动执行场次", 4, "场"), task("内容发布", 12, "篇"), task("线索转化率", 15, "%"),
              task("渠道拓展", 3, "个"))),
      new DepartmentKind("研发部",
          List.of(key("系统架构师"), plain("软件工程师"), plain("测试工程师")),
          List.of(result("版本按期交付率", 90, "%"), result("需求交付量", 40, "项")),
          List.of(task("需求完成数", 8, "项"), task("代码评审", 10, "次"), task("测试用例覆盖率", 85, "%"),
              task("缺陷修复数", 15, "个"), task("技术文档", 4, "篇"))),
      new DepartmentKind("生产部",
          List.of(key("车间主任"), plain("生产操作员"), plain("质检员"), plain("设备维修员")),
          List.of(result("产量达成率", 98, "%"), result("一次合格率", 97, "%")),
          List.of(task("设备点检完成率", 100, "%"), task("工单完成数", 60, "单"), task("5S检查得分", 90, "分"),
              task("安全巡检", 20, "次"))),
      new DepartmentKind("财务部",
          List.of(key("总账会计"), plain("出纳"), plain("成本会计")),
          List.of(result("预算执行率", 95, "%")),
          List.of(task("凭证处理量", 300, "张"), task("报表按时提交率", 100, "%"), task("费用审核及时率", 98, "%"),
              task("对账完成数", 12, "户"))),
      new DepartmentKind("客户服务部",
          List.of(key("技术支持工程师"), plain("客服专员"), plain("回访专员")),
          List.of(result("客户满意度", 92, "%")),
          List.of(task("工单按时关闭率", 95, "%"), task("回访完成数", 80, "次"), task("首次解决率", 85, "%"),
              task("知识库条目", 6, "条"))),
      new DepartmentKind("采购部",
          List.of(key("采购经理"), plain("采购专员"), plain("供应商管理专员")),
          List.of(result("采购成本节约额", 50, "万元")),
          List.of(task("到货及时率", 96, "%"), task("供应商评估", 5, "家"), task("询价比价", 15, "次"))),
      new DepartmentKind("行政部",
          List.of(key("行政主管"), plain("行政专员"), plain("前台接待")),
          List.of(result("行政费用预算执行率", 95, "%")),
          List.of(task("会议保障场次", 20, "场"), task("办公用品盘点准确率", 99, "%"), task("访客登记", 150, "人次"))));

  static final List<String> ROOMS = List.of("3号会议室", "小会议室A", "人力资源部面谈室", "经理办公室", "5楼洽谈室");
  static final List<String> OPEN_PLACES = List.of("开放办公区", "茶水间");

  static final List<String> STRENGTHS = List.of(
      "工作主动，重点任务按时完成", "客户反馈良好", "数据记录及时完整", "乐于协助同事", "问题响应迅速", "执行力强");
  static final List<String> WEAKNESSES = List.of(
      "周报提交不够及时", "跨部门协调不足", "计划性有待加强", "细节复核不够", "主动汇报不足", "时间分配不合理");
  static final List<String> CAUSES = List.of(
      "工作计划不够细化", "相关技能不足", "资源协调不到位", "时间被临时任务挤占", "流程不熟悉");
  static final List<String> ACTIONS = List.of(
      "每周一制定周计划并报主管", "参加专项技能培训", "与主管每周复盘一次", "建立客户跟进台账", "固定每周两个下午处理重点任务");
  static final List<String> DAILY_SUMMARIES = List.of(
      "周例会沟通指标进度", "一对一辅导", "日报点评", "重点任务跟进", "阶段总结与调整");
  static final List<String> OBJECTIONS = List.of(
      "目标中途调整不合理", "评分依据不充分", "外部因素影响未被考虑");

  /** Supports per resource kind, in {@code ResourceKind} order. */
  static final List<String> RESOURCES = List.of("专项技能培训", "安排资深同事带教", "调整排班政策", "申请专项预算");

  /**
   * A person's name, drawn from their id alone: the same id has the same name in every period and
   * under every seed, as a real company's records do (the outer-loop report reads several periods).
   * It still takes its two draws from the cycle's random, so that every seed's cycle stays the same
   * apart from the names (tests pin seeds).
   */
  static String name(PersonId id, SplittableRandom random) {
    pick(random, SURNAMES);
    pick(random, GIVEN_NAMES);
    SplittableRandom own = new SplittableRandom(id.value().hashCode() * 0x9E3779B97F4A7C15L);
    return pick(own, SURNAMES) + pick(own, GIVEN_NAMES);
  }

  /** The name of the n-th department: the kinds first, then the kinds again with a region. */
  static String departmentName(int index) {
    int kinds = DEPARTMENTS.size();
    int round = index / kinds;
    String base = DEPARTMENTS.get(index % kinds).name();
    if (round == 0) {
      return base;
    }
    int region = (round - 1) % REGIONS.size();
    int lap = (round - 1) / REGIONS.size();
    return REGIONS.get(region) + (lap == 0 ? "" : String.valueOf(lap + 1)) + base;
  }

  static DepartmentKind departmentKind(int index) {
    return DEPARTMENTS.get(index % DEPARTMENTS.size());
  }

  static <T> T pick(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
