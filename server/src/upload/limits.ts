/** One upload: a prefecture's month is ~2,000 rows and well under 1 MB of XLSX. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_UPLOAD_FILES = 4;
/** Rows of all tables of one upload together. */
export const MAX_UPLOAD_ROWS = 200_000;
/** What an XLSX may inflate to, all its parts together (a zip bomb declares gigabytes). */
export const MAX_XLSX_INFLATED_BYTES = 200 * 1024 * 1024;
export const MAX_XLSX_ENTRIES = 2_000;
