/**
 * The portal's section registry (core/portal.ts): a section has one owner. Two modules once both
 * registered 'answers' with different titles and the module loaded last won silently; a key
 * registered twice now throws, and every module's hooks load without a duplicate.
 */
import { describe, expect, it } from 'vitest';
import { portalSection, portalSections, registerPortalSection } from '../../core/portal.ts';
import { registerModuleHooks } from '../index.ts';

describe('portal sections', () => {
  it("every module's hooks register their sections once: no key twice", () => {
    expect(() => registerModuleHooks()).not.toThrow();
    const keys = portalSections().map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(['schedules', 'models', 'answers', 'voter_petitions']));
  });

  it("'answers' is the answers module's section, with its title", () => {
    registerModuleHooks();
    expect(portalSection('answers')?.title.vi).toBe('Trả lời phản ánh, kiến nghị của Nhân dân');
  });

  it('registering a section key twice throws and keeps the first definition', () => {
    registerModuleHooks();
    const before = portalSection('answers')!;
    expect(() =>
      registerPortalSection({ key: 'answers', order: 99, title: { vi: 'Mục trùng', en: 'Duplicate' } }),
    ).toThrow(/portal section "answers" registered twice/);
    expect(portalSection('answers')).toBe(before);
    expect(portalSections().filter((s) => s.key === 'answers')).toHaveLength(1);
  });
});
