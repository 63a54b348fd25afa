import { expect } from '@playwright/test';
import { ui } from './ui.ts';

/**
 * Signing in and out with Playwright's default `expect`. A spec that configures its own `expect`
 * (a longer timeout on a loaded machine) takes `login`/`logout` from `ui(expect)` of ./ui.ts instead.
 */
export { PASSWORD, menu } from './ui.ts';
export const { login, logout } = ui(expect);
