/**
 * robots.txt: the citizens' portal (its pages and their bundles) may be crawled and indexed; the staff
 * app and the API may not. The rules are read as RFC 9309 says a crawler reads them (the longest
 * matching rule wins, Allow over Disallow on a tie, `$` anchors the end), so the test fails if a rule
 * is dropped or reordered into a different meaning, not only if the text changes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { testEnv, type TestEnv } from '../../../test/harness.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
}, 300_000);

/** RFC 9309 §2.2.2: the most specific (longest) matching rule decides; no rule: allowed. */
function allowed(robots: string, path: string): boolean {
  const rules = robots
    .split('\n')
    .map((l) => /^(allow|disallow):\s*(\S*)/i.exec(l.trim()))
    .filter((m): m is RegExpExecArray => m !== null && m[2] !== '')
    .map((m) => ({ allow: m[1].toLowerCase() === 'allow', pattern: m[2] }));
  const matches = (pattern: string) => {
    const anchored = pattern.endsWith('$');
    const body = anchored ? pattern.slice(0, -1) : pattern;
    return anchored ? path === body : path.startsWith(body);
  };
  const hit = rules
    .filter((r) => matches(r.pattern))
    .sort((a, b) => b.pattern.length - a.pattern.length || Number(b.allow) - Number(a.allow))[0];
  return hit ? hit.allow : true;
}

describe('robots.txt', () => {
  it('lets crawlers index the portal and keeps them out of the staff app and the API', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/robots.txt' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; charset=utf-8/);
    expect(res.headers['cache-control']).toBe('public, max-age=86400');
    const lines = res.body.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines).toEqual([
      'User-agent: *',
      'Allow: /cong-dan$',
      'Allow: /cong-dan/',
      'Allow: /assets/',
      'Allow: /favicon.svg',
      'Disallow: /api/',
      'Disallow: /',
    ]);
    // the portal's pages and what they load
    for (const p of [
      '/cong-dan',
      '/cong-dan/lich-tiep',
      '/cong-dan/tra-loi?field=dat_dai',
      '/cong-dan/danh-gia',
      '/assets/portal-3f9a1c2b.js',
      '/favicon.svg',
    ])
      expect(allowed(res.body, p), p).toBe(true);
    // the staff app, the API (public or not), and look-alike paths
    for (const p of [
      '/',
      '/login',
      '/don-thu',
      '/cong-khai/hai-long',
      '/api/v1/public/portal',
      '/api/v1/petitions',
      '/api/docs',
      '/cong-danh-ba',
    ])
      expect(allowed(res.body, p), p).toBe(false);
  });
});
