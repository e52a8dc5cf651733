/**
 * How every screen states a figure honestly (src/ui/format/honest.ts): changes and why there is
 * none, rates above 100% with their reason, 样本不足 / 数据不全 / 未报送 / 新进, card counts, and the
 * Chinese names of what would otherwise show as an English id (card rules, schemes, demo scenarios).
 * Always loaded: every screen that shows a rank, a score or a change needs them.
 */
export const figures = {
  // Changes.
  'figure.change.none': '无可比数据',
  'figure.change.cumulative': '累计数不作环比',
  'figure.change.flat': '持平',
  'figure.change.up': '上升',
  'figure.change.down': '下降',
  'figure.change.good': '向好',
  'figure.change.bad': '变差',
  'figure.change.smallBase': '上期基数不足 10，按件数变化显示',
  'figure.unit.items': '{value}件',
  'figure.unit.reviews': '{value}条',
  'figure.unit.tickets': '{value}件',
  'figure.unit.entries': '{value}条',
  'figure.unit.cards': '{value}张',
  'figure.compared.mom': '环比：与{period}比较',
  'figure.compared.yoy': '同比：与{period}比较',
  'figure.compared.cumulative': '环比：累计数不作环比',
  // Periods.
  'figure.through': '（截至{month}）',
  'figure.throughMonth': '{month}月',
  'figure.ytdThrough': '{year}年累计',
  // A rate above 100%.
  'figure.over100.completionRate': '含以前月份受理的件',
  'figure.over100.completionRateHint':
    '办结率超过100%：数据源未报送“上月结转在办件数”，本期办结的件中有以前月份受理的，分母只有本期受理件数。',
  'figure.over100.other': '分子大于分母',
  'figure.over100.otherHint': '该比率超过100%：分子大于分母，请核对数据源。',
  'figure.reason': '（{reason}）',
  'figure.withReason': '{value}（{reason}）',
  // Where an office stands.
  'standing.notReported': '未报送',
  'standing.notReportedHint': '本期未报送数据：不显示数值，不参与排名',
  'standing.unscored': '无可评分数据',
  'standing.incomplete': '数据不全',
  'standing.incompleteHint': '未报送{fields}。{rule}',
  'standing.incompleteZero': '缺项指标按0分计，不因缺报而占优。',
  'standing.incompleteLeaveOut': '缺项指标不计分。',
  'standing.smallSample': '样本不足',
  'standing.smallSampleHint': '{denominator}仅 {value}，低于最低 {min}：不计分，不亮牌',
  'standing.denominator': '分母',
  'standing.noValue': '无数值',
  'standing.noValueHint': '本期无可计算的数值（如无差评则无整改率）：不计分',
  'standing.missing': '缺报',
  'standing.missingHint': '未报送{fields}',
  'standing.scored': '计分',
  'standing.fieldSeparator': '、',
  // Rank changes.
  'rank.new': '新进',
  'rank.newHint': '上期未参与排名',
  'rank.others': '名次因他单位变动',
  'rank.othersHint': '名次由第 {previous} 名变为第 {rank} 名，仅因其他单位停报或新报；在两期均参与排名的单位中，本单位位次未变',
  'rank.same': '名次不变',
  'rank.up': '上升 {places} 位',
  'rank.down': '下降 {places} 位',
  'rank.unranked': '本期未排名',
  'rank.noPrevious': '无上期排名可比',
  'rank.cumulative': '按单项指标排名时，累计期不比较名次（累计数不作环比）',
  // Cards.
  'cards.offices': '{offices} 个单位（{cards} 张）',
  // Card rules of the built-in scheme, by id.
  'cardRule.near-deadline': '临期预警',
  'cardRule.overdue': '超期办结',
  'cardRule.overdue-open': '超期未办结',
  'cardRule.bad-review-unrectified': '差评未整改',
  'cardRule.bad-review-overdue': '差评超期未整改',
  'cardRule.on-time-warning': '按时办结率低于预警线',
  'cardRule.on-time-red': '按时办结率低于红线',
  'cardRule.good-review-warning': '好评率低于预警线',
  'cardRule.good-review-red': '好评率低于红线',
  'cardRule.hotline-on-time-warning': '热线按时办结率低于预警线',
  'cardRule.hotline-on-time-red': '热线按时办结率低于红线',
  'cardRule.described': '{indicator} {condition}',
  // Schemes.
  'scheme.defaultName': '默认考核方案',
  'scheme.unnamed': '未命名方案',
  // Demo scenarios.
  'scenario.normal': '示范县',
  'scenario.large': '示范市',
  'scenario.hostile': '异常数据',
  'scenario.slow': '慢速接口',
  'scenario.error': '接口报错',
  'scenario.outage': '间歇中断',
  'scenario.other': '其他演示场景',
  'source.mockAddress': '本页内置的演示接口',
} as const;
