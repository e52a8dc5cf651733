import { CHAR_SPACING, INDENT_2, LINE_PITCH, SIZE } from './geometry';

/**
 * The fonts GB/T 9704-2012 names (7.1, 7.2.4, 7.3.3): 方正小标宋简体 for the title, 仿宋_GB2312 for
 * the text, 黑体 and 楷体_GB2312 for the first two levels of headings, 宋体 for page numbers and
 * tables; Latin letters and digits in Times New Roman. The font table names each one's usual
 * substitute (仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体, …) so Word and WPS on a machine without the
 * GB2312 fonts fall back to the same face under its newer name.
 */
export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading: '黑体',
  kai: '楷体_GB2312',
  song: '宋体',
  latin: 'Times New Roman',
} as const;

export function fontRefs(eastAsia: string) {
  return { ascii: FONTS.latin, hAnsi: FONTS.latin, cs: FONTS.latin, eastAsia };
}

function font(name: string, altName: string | null, panose: string, family: string, pitch: string): string {
  return (
    `<w:font w:name="${name}">${altName ? `<w:altName w:val="${altName}"/>` : ''}<w:panose1 w:val="${panose}"/>` +
    `<w:charset w:val="86"/><w:family w:val="${family}"/><w:pitch w:val="${pitch}"/></w:font>`
  );
}

export const FONT_TABLE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
${font(FONTS.title, FONTS.song, '02000000000000000000', 'script', 'variable')}
${font(FONTS.body, '仿宋', '02010609030101010101', 'modern', 'fixed')}
${font('仿宋', 'FangSong', '02010609060101010101', 'modern', 'fixed')}
${font(FONTS.heading, 'SimHei', '02010609060101010101', 'modern', 'fixed')}
${font(FONTS.kai, '楷体', '02010609030101010101', 'modern', 'fixed')}
${font('楷体', 'KaiTi', '02010609060101010101', 'modern', 'fixed')}
${font(FONTS.song, 'SimSun', '02010600030101010101', 'auto', 'variable')}
<w:font w:name="${FONTS.latin}"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>
</w:fonts>`;

function rFonts(eastAsia: string): string {
  return `<w:rFonts w:ascii="${FONTS.latin}" w:hAnsi="${FONTS.latin}" w:cs="${FONTS.latin}" w:eastAsia="${eastAsia}"/>`;
}

function paragraphStyle(id: string, name: string, pPr: string, rPr: string, next = 'Normal'): string {
  return (
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/>` +
    `<w:next w:val="${next}"/><w:qFormat/><w:pPr>${pPr}</w:pPr><w:rPr>${rPr}</w:rPr></w:style>`
  );
}

const exact = (line: number) => `<w:spacing w:before="0" w:after="0" w:line="${line}" w:lineRule="exact"/>`;
const size = (halfPoints: number) => `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;
const tight = `<w:spacing w:val="${CHAR_SPACING}"/>`;
/** Off the grid: tables, footers and the 版记 keep their own line heights. */
const offGrid = '<w:snapToGrid w:val="0"/>';

/**
 * The styles every paragraph of the bulletin uses. Defaults: 3号 仿宋_GB2312 on the 28.95 pt line,
 * justified, the first line indented two characters, no extra space between Chinese and Latin
 * letters or digits (autoSpaceDE / autoSpaceDN off: "11050件", not "11050 件").
 */
export const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults>
<w:rPrDefault><w:rPr>${rFonts(FONTS.body)}${size(SIZE.san)}<w:kern w:val="0"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:adjustRightInd w:val="0"/>${exact(LINE_PITCH)}<w:jc w:val="both"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:firstLine="${INDENT_2}"/></w:pPr><w:rPr>${rFonts(FONTS.body)}${size(SIZE.san)}${tight}</w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="57" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:firstLine="0"/><w:jc w:val="center"/>${exact(LINE_PITCH)}<w:outlineLvl w:val="0"/></w:pPr><w:rPr>${rFonts(FONTS.title)}${size(SIZE.er)}<w:spacing w:val="0"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>${rFonts(FONTS.heading)}${size(SIZE.san)}</w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr>${rFonts(FONTS.kai)}${size(SIZE.san)}</w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="2"/></w:pPr><w:rPr>${rFonts(FONTS.body)}${size(SIZE.san)}</w:rPr></w:style>
${paragraphStyle('NoIndent', '顶格', '<w:ind w:firstLine="0"/>', '')}
${paragraphStyle('AnnexLabel', '附件标识', '<w:keepNext/><w:ind w:firstLine="0"/><w:jc w:val="left"/>', rFonts(FONTS.heading))}
${paragraphStyle('TableText', '表格文字', `${offGrid}<w:ind w:firstLine="0"/>${exact(260)}<w:jc w:val="center"/>`, `${rFonts(FONTS.song)}${size(SIZE.wu)}<w:spacing w:val="0"/>`)}
${paragraphStyle('Caption', '表题', `<w:keepNext/><w:ind w:firstLine="0"/><w:jc w:val="center"/>`, `${rFonts(FONTS.heading)}`)}
${paragraphStyle('PageNumber', '页码', `${offGrid}<w:ind w:firstLine="0"/>${exact(SIZE.si * 10)}`, `${rFonts(FONTS.song)}${size(SIZE.si)}<w:spacing w:val="0"/>`)}
${paragraphStyle('Record', '版记', `${offGrid}<w:ind w:firstLine="0" w:left="${SIZE.si * 10}" w:right="${SIZE.si * 10}"/>${exact(LINE_PITCH)}<w:jc w:val="left"/>`, `${rFonts(FONTS.body)}${size(SIZE.si)}<w:spacing w:val="0"/>`)}
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="PageNumber"/><w:qFormat/></w:style>
</w:styles>`;
