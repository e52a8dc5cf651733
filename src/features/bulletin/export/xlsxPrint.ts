import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

function xmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Worksheet children that come after pageMargins/pageSetup in the schema's order (ECMA-376 §18.3.1.99). */
const AFTER_PAGE_SETUP =
  /<(headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\s/>]/;

/** Excel's "normal" margins, in inches. */
const MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

/**
 * One worksheet's XML with A4, fit to one page wide, the orientation the writer chose (portrait
 * unless it said landscape) and, when given, a centred footer (its &P and &N are Excel's page
 * number and page count).
 */
export function sheetPrintSetup(xml: string, footer?: string): string {
  const landscape = /<pageSetup[^>]*orientation="landscape"/.test(xml);
  const setup = `<pageSetup paperSize="9" orientation="${landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>`;
  let out = xml.replace(/<pageSetup[^>]*\/>/, '');
  if (!/<pageMargins[^>]*\/>/.test(out)) {
    const after = AFTER_PAGE_SETUP.exec(out);
    out = after ? `${out.slice(0, after.index)}${MARGINS}${out.slice(after.index)}` : out.replace('</worksheet>', `${MARGINS}</worksheet>`);
  }
  const footerXml = footer && !out.includes('<headerFooter') ? `<headerFooter><oddFooter>&amp;C${xmlText(footer)}</oddFooter></headerFooter>` : '';
  out = out.replace(/(<pageMargins[^>]*\/>)/, `$1${setup}${footerXml}`);
  // fitToPage in sheetPr (its first child) turns fitToWidth/fitToHeight on; without fitToHeight="0" it would squeeze the sheet onto one page.
  if (/<pageSetUpPr[^>]*\/>/.test(out)) out = out.replace(/<pageSetUpPr[^>]*\/>/, '<pageSetUpPr fitToPage="1"/>');
  else if (/<sheetPr\s*\/>/.test(out)) out = out.replace(/<sheetPr\s*\/>/, '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  else if (/<sheetPr[^>]*>/.test(out)) out = out.replace(/<\/sheetPr>/, '<pageSetUpPr fitToPage="1"/></sheetPr>');
  else out = out.replace(/(<worksheet[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  return out;
}

/**
 * Print setup the sheet writer does not offer, set in the workbook's XML: every sheet on A4,
 * fitted to one page wide (as many pages down as it takes), its title and header rows repeated
 * on every printed page (_xlnm.Print_Titles). Staff print a sheet as it is, without setting it up.
 * (write-excel-file writes pageMargins and pageSetup only for a sheet given an orientation.)
 */
export function withPrintSetup(xlsx: Uint8Array, sheetNames: readonly string[], titleRows: number, footer?: string): Uint8Array {
  const files = unzipSync(xlsx);
  sheetNames.forEach((_, index) => {
    const path = `xl/worksheets/sheet${index + 1}.xml`;
    const source = files[path];
    if (source) files[path] = strToU8(sheetPrintSetup(strFromU8(source), footer));
  });
  const workbookPath = 'xl/workbook.xml';
  const workbook = files[workbookPath];
  if (workbook && titleRows > 0) {
    const names = sheetNames
      .map(
        (name, index) => `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">'${xmlText(name.replace(/'/g, "''"))}'!$1:$${titleRows}</definedName>`,
      )
      .join('');
    let xml = strFromU8(workbook);
    if (xml.includes('<definedNames/>')) xml = xml.replace('<definedNames/>', `<definedNames>${names}</definedNames>`);
    else if (xml.includes('</definedNames>')) xml = xml.replace('</definedNames>', `${names}</definedNames>`);
    else xml = xml.replace('</sheets>', `</sheets><definedNames>${names}</definedNames>`);
    files[workbookPath] = strToU8(xml);
  }
  return zipSync(files);
}
