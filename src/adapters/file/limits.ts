/** Far above any county's monthly sheets (100k rows of the template are about 10 MB). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export const MAX_FILE_SIZE_TEXT = `${MAX_FILE_BYTES / 1024 / 1024} MB`;

/**
 * What the sheets of one workbook may unpack to. 100,000 rows of the template unpack to ~90 MB of
 * XML (12 MB as .xlsx), so this is ~450,000 rows; past it, parsing would take the worker's memory
 * (and a string of XML stops at ~512 MB anyway). A zip bomb dressed as .xlsx is refused here,
 * from the sizes its directory declares, before anything is unpacked.
 */
export const MAX_UNZIPPED_BYTES = 400 * 1024 * 1024;

export const MAX_UNZIPPED_SIZE_TEXT = `${MAX_UNZIPPED_BYTES / 1024 / 1024} MB`;

/** The template's sheet that explains the others; never reported as "not used". */
export const GUIDE_SHEET_NAME = '填写说明';
