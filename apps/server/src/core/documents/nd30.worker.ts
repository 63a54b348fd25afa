/** A document worker (pool.ts): builds one NĐ 30/2020 .docx per task, off the server's event loop. */
import { buildNd30Docx } from './nd30.ts';
import type { Nd30Input } from './nd30.page.ts';

export default async function render(input: Nd30Input): Promise<Uint8Array> {
  return buildNd30Docx(input);
}
