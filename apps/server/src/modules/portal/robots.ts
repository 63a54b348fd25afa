/**
 * robots.txt (RFC 9309): the citizens' portal is public information people should find through a
 * search engine; the staff app and the API are not for crawlers. The longest matching rule wins, so
 * the portal's pages (/cong-dan, /cong-dan/…), its bundles (/assets/, shared with the staff app's
 * build) and the icon are allowed, and everything else (the staff app at /, /login …; /api/) is not.
 * Served by apps/server/src/app.ts.
 */
export const PORTAL_PATH = '/cong-dan';

export const ROBOTS_TXT = [
  '# Cổng thông tin công dân: công khai. Ứng dụng của cán bộ và API: không lập chỉ mục.',
  'User-agent: *',
  `Allow: ${PORTAL_PATH}$`,
  `Allow: ${PORTAL_PATH}/`,
  'Allow: /assets/',
  'Allow: /favicon.svg',
  'Disallow: /api/',
  'Disallow: /',
  '',
].join('\n');
