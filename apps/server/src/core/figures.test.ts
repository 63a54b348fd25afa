/**
 * A report figure has one owner: petitions and answers once both registered 'dialogues.held' and the
 * module loaded last silently won. Registering a key twice now throws, and every module's hooks load
 * without a duplicate.
 */
import { describe, expect, it } from 'vitest';
import { figureProviderKeys, registerFigureProvider } from './figures.ts';
import { registerModuleHooks } from '../modules/index.ts';

describe('figure providers', () => {
  it("every module's hooks register their figures once: no key twice, complaint dialogues apart", () => {
    expect(() => registerModuleHooks()).not.toThrow();
    const keys = figureProviderKeys().map((k) => k.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(['dialogues.held', 'petitions.dialogues']));
  });

  it('registering a figure key twice throws and keeps the first provider', () => {
    registerModuleHooks();
    const before = figureProviderKeys().find((k) => k.key === 'dialogues.held');
    expect(() => registerFigureProvider('dialogues.held', async () => 0)).toThrow(
      /figure "dialogues.held" registered twice/,
    );
    expect(figureProviderKeys().find((k) => k.key === 'dialogues.held')).toEqual(before);
  });
});
