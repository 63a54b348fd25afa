/** What the route files of the plans module share: the OpenAPI tag and the content types of downloads. */
export const tags = ['Kế hoạch, nhiệm vụ'];
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
