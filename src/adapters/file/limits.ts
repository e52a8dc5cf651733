/** Far above any county's monthly sheets (100k rows of the template are about 10 MB). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export const MAX_FILE_SIZE_TEXT = `${MAX_FILE_BYTES / 1024 / 1024} MB`;

/** The template's sheet that explains the others; never reported as "not used". */
export const GUIDE_SHEET_NAME = '填写说明';
