import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'apps/server/drizzle/**',
      '.tmp/**',
      '.data/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        fetch: 'readonly',
        window: 'readonly',
        document: 'readonly',
        localStorage: 'readonly',
        navigator: 'readonly',
        TextDecoder: 'readonly',
        Blob: 'readonly',
        FormData: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  ...moduleBoundaries(),
  {
    // One HTTP status per error code: errors are built by the factories of core/errors.ts.
    files: ['apps/server/src/**/*.ts'],
    ignores: ['apps/server/src/core/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='AppError']",
          message:
            'Use the factories of core/errors.ts (Err.<code>, NotFound, Forbidden, Conflict, …): the status comes from the code.',
        },
      ],
    },
  },
);

/**
 * A module is a folder under apps/server/src/modules. Its code may import, of another module, only that
 * module's index.ts; of the database schema, only its own file (db/schema/<module>.ts) and the two
 * backbone tables every module joins to read: the org tree (scope, unit names) and users (names). Those
 * two are written only by their own modules (org, users). Tests may reach further.
 */
function moduleBoundaries() {
  const root = 'apps/server/src/modules';
  const modules = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const schemaFiles = readdirSync('apps/server/src/db/schema')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.replace(/\.ts$/, ''));
  // Thin edges: route handlers delegate to verbs and never touch the database directly.
  const routeRule = {
    group: ['**/db/schema/*', 'drizzle-orm', 'drizzle-orm/*', '**/*.repository.ts', '**/db/client.ts'],
    message: "Routes call the module's verbs; queries live in repositories.",
  };
  return modules.flatMap((m) => {
    const others = modules.filter((o) => o !== m);
    const foreignSchema = schemaFiles.filter((f) => f !== m && f !== 'org' && f !== 'users');
    const patterns = [
      {
        group: others.flatMap((o) => [
          `**/modules/${o}/**`,
          `../${o}/**`,
          `../../${o}/**`,
          `!**/${o}/index.ts`,
        ]),
        message: `Another module is used only through its index.ts (modules/<module>/index.ts).`,
      },
      {
        group: foreignSchema.map((f) => `**/db/schema/${f}.ts`),
        message: `A module queries only its own tables (db/schema/${m}.ts) and, to read, the org tree and users; ask the owning module through its index.ts.`,
      },
    ];
    const tests = [`${root}/${m}/**/*.test.ts`, `${root}/${m}/**/*.test-helpers.ts`];
    // one entry per file kind: in flat config a later entry's rule replaces an earlier one's
    return [
      {
        files: [`${root}/${m}/**/*.ts`],
        ignores: [...tests, `${root}/${m}/**/*.routes.ts`],
        rules: { 'no-restricted-imports': ['error', { patterns }] },
      },
      {
        files: [`${root}/${m}/**/*.routes.ts`],
        rules: { 'no-restricted-imports': ['error', { patterns: [...patterns, routeRule] }] },
      },
    ];
  });
}
