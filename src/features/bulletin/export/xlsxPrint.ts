import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

function xmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Print setup the sheet writer does not offer, set in the workbook's XML: every sheet on A4,
 * fitted to one page wide (as many pages down as it takes), its title and header rows repeated
 * on every printed page (_xlnm.Print_Titles). Staff print a sheet as it is, without setting it up.
 */
export function withPrintSetup(xlsx: Uint8Array, sheetNames: readonly string[], titleRows: number): Uint8Array {
  const files = unzipSync(xlsx);
  sheetNames.forEach((_, index) => {
    const path = `xl/worksheets/sheet${index + 1}.xml`;
    const source = files[path];
    if (!source) return;
    let xml = strFromU8(source);
    const landscape = /<pageSetup[^>]*orientation="landscape"/.test(xml);
    const setup = `<pageSetup paperSize="9" orientation="${landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>`;
    xml = /<pageSetup[^>]*\/>/.test(xml) ? xml.replace(/<pageSetup[^>]*\/>/, setup) : xml.replace(/(<pageMargins[^>]*\/>)/, `$1${setup}`);
    // sheetPr comes first among a worksheet's children.
    if (!xml.includes('<sheetPr')) xml = xml.replace(/(<worksheet[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    files[path] = strToU8(xml);
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
    xml = xml.includes('<definedNames/>')
      ? xml.replace('<definedNames/>', `<definedNames>${names}</definedNames>`)
      : xml.replace('</sheets>', `</sheets><definedNames>${names}</definedNames>`);
    files[workbookPath] = strToU8(xml);
  }
  return zipSync(files);
}
