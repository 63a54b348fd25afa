/** What the route files of the scoring module share: the base path, the OpenAPI tag and the content types of downloads. */
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const tags = ['Chấm điểm, thẩm định, xếp loại'];
export const B = '/api/v1/scoring';
