/**
 * TypeScript types of the OpenAPI document, for a typed client (openapi-fetch): what an integrating
 * system would generate with openapi-typescript. Written by `npm run openapi:types` to
 * apps/server/test/openapi.types.ts and checked by test/openapi.test.ts (a document that changes
 * without its types, or that openapi-typescript cannot read, fails the test).
 */
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';

export const TYPES_FILE = new URL('../../test/openapi.types.ts', import.meta.url);

const HEADER = `/**
 * Generated from the OpenAPI document by openapi-typescript: do not edit.
 * Regenerate with \`npm run openapi:types\` (test/openapi.test.ts fails when it is stale).
 */
`;

export async function clientTypes(doc: unknown): Promise<string> {
  const ast = await openapiTS(doc as never, { alphabetize: true });
  const text = HEADER + astToString(ast);
  const options = (await prettier.resolveConfig(TYPES_FILE.pathname)) ?? {};
  return prettier.format(text, { ...options, filepath: TYPES_FILE.pathname });
}
