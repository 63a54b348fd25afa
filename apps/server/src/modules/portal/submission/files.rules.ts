/** What a citizen may attach to a petition sent through the portal (data, shown by GET /public/terms). */

/** Files per petition. */
export const MAX_PORTAL_FILES = 5;
/** Minutes after sending during which files may be attached with the code. */
export const PORTAL_ATTACH_MINUTES = 60;
/** What the file picker offers (the server checks each file's content, core/files.ts). */
export const PORTAL_FILE_ACCEPT = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/webp',
  '.doc',
  '.docx',
  '.xls',
  '.xlsx',
  '.txt',
];
