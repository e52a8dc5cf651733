/** 设置 → 通报格式: the 版头 and 版记 of the monthly bulletin as a 公文 (GB/T 9704-2012). */
export const bulletinFormat = {
  'settings.section.bulletin': '通报格式',
  'bulletinFormat.intro':
    '月度通报按党政机关公文格式（GB/T 9704—2012）排版。版头和版记为可选项，在此设置后对所有月份、所有范围的通报生效；“{issuer}”代表该通报的发文机关。标题、主送机关、发文字号和成文日期可在通报页面逐月修改。',
  'bulletinFormat.banner': '版头',
  'bulletinFormat.banner.enabled': '通报带版头（红色发文机关标志、发文字号、红色分隔线）',
  'bulletinFormat.banner.mark': '发文机关标志',
  'bulletinFormat.banner.numberPrefix': '发文字号的机关代字',
  'bulletinFormat.banner.numberHint': '如“青政服”，通报中显示为“青政服〔2026〕11号”，年份和序号可逐月修改。',
  'bulletinFormat.record': '版记',
  'bulletinFormat.record.enabled': '通报带版记（抄送机关、印发机关和印发日期）',
  'bulletinFormat.record.copyTo': '抄送机关',
  'bulletinFormat.record.copyToHint': '多个机关之间用顿号或逗号分隔，末尾不加标点。',
  'bulletinFormat.record.printer': '印发机关',
  'bulletinFormat.saved': '已保存。',
  'bulletinFormat.notSaved': '浏览器无法保存设置（本地存储不可用）。',
  'bulletinFormat.reset': '恢复默认',
} as const;
