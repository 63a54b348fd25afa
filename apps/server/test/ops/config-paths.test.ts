import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';

// The README's `WEB_DIST=apps/web/dist npm start` from the checkout: the static file server takes
// only an absolute root, and a relative one stopped the start with Fastify's English error.
describe('paths in the configuration', () => {
  it('takes a relative WEB_DIST and DATA_DIR from the working directory', () => {
    const { config, problems } = readConfig({ WEB_DIST: 'apps/web/dist', DATA_DIR: 'du-lieu' } as never);
    expect(problems).toEqual([]);
    expect(config!.WEB_DIST).toBe(path.resolve(process.cwd(), 'apps/web/dist'));
    expect(config!.DATA_DIR).toBe(path.resolve(process.cwd(), 'du-lieu'));
  });

  it('leaves WEB_DIST unset when it is not given (the server then serves no web app)', () => {
    expect(readConfig({} as never).config!.WEB_DIST).toBeUndefined();
  });
});
