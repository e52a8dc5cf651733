/**
 * Why an office stands where it does (src/ui/format/lostPoints.ts): its main lost-point items
 * (主要失分项) and what moved its score. Always loaded: the overview names the bottom three with them.
 */
export const lost = {
  'lost.heading': '主要失分项',
  'lost.scoreChange': '得分变化',
  'lost.scoreChangeCumulative': '得分较截至上月累计',
  'lost.perMonth': '{value}/月',
  'lost.points': '{points}分',
  'lost.totalPoints': '{points} 分',
  'lost.missing': '{indicator} 数据不全 {points}',
  'lost.plain': '{indicator} {value} {points}',
  'lost.underFloor': '{indicator} {value}（起评线 {bound}）{points}',
  'lost.underTarget': '{indicator} {value}（满分线 {bound}）{points}',
  'lost.cause': '{indicator} {change}',
  'lost.separator': '，',
  'lost.against': '比上期',
  'lost.againstCumulative': '比截至上月累计',
  'lost.unchanged': '持平',
  'lost.change': '{against} {total}',
  'lost.changeWithCauses': '{against} {total}：{causes}',
  'lost.none': '无失分',
  'lost.noneHint': '各项计分指标均达到满分线',
  'lost.smallSample': '样本不足未计分：{indicators}',
  'lost.smallSampleMore': '样本不足未计分：{indicators}等 {n} 项',
  'lost.smallSampleHint': '分母低于考核方案规定的最低样本量，不计分、不亮牌，其余指标的权重按比例放大',
  'lost.nameSeparator': '、',
  'lost.noChange': '无上期得分可比',
  'lost.notScored': '本期无得分',
} as const;
