import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { buildNd30Docx, renderNd30Docx, type Nd30Input } from './nd30.ts';
import { closeDocumentPool, documentWorkers } from './pool.ts';

/** A long six-month report: 48 indicator tables of 20 rows with their paragraphs. */
const longReport: Nd30Input = {
  issuerParent: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI',
  issuer: 'SỞ NỘI VỤ',
  numberSymbol: '125/BC-SNV',
  place: 'Đồng Nai',
  date: '2026-06-20',
  docType: 'BÁO CÁO',
  subject: 'Kết quả công tác dân vận chính quyền 6 tháng đầu năm 2026',
  blocks: Array.from({ length: 48 }, (_, i) => [
    { kind: 'heading' as const, level: 2 as const, text: `${i + 1}. Chỉ tiêu số ${i + 1}` },
    {
      kind: 'paragraph' as const,
      text: 'Các cơ quan, đơn vị đã tổ chức tiếp công dân định kỳ, đối thoại trực tiếp với Nhân dân, giải quyết kịp thời kiến nghị chính đáng. '.repeat(
        6,
      ),
    },
    {
      kind: 'table' as const,
      columns: ['STT', 'Đơn vị', 'Số lượt', 'Tỷ lệ (%)'],
      rows: Array.from({ length: 20 }, (_, r) => [r + 1, `Ủy ban nhân dân xã số ${r + 1}`, r * 7, '95,5']),
    },
  ]).flat(),
  recipients: ['Ủy ban nhân dân tỉnh', 'Ban Dân vận Tỉnh ủy'],
  signer: { authority: 'KT. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn An' },
};

async function documentText(file: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(file);
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
}

/** Longest gap (ms) between the ticks of a 5 ms timer on this thread while `work` runs. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let max = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    max = Math.max(max, now - last);
    last = now;
  }, 5);
  try {
    await work();
    await new Promise((r) => setTimeout(r, 20)); // the tick after the last stall
  } finally {
    clearInterval(timer);
  }
  return max;
}

afterAll(() => closeDocumentPool());

describe('document worker pool', () => {
  it('a document rendered in a worker is the same document as one built on this thread', async () => {
    const [pooled, inline] = await Promise.all([renderNd30Docx(longReport), buildNd30Docx(longReport)]);
    expect(Buffer.isBuffer(pooled)).toBe(true);
    const text = await documentText(pooled);
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Ủy ban nhân dân xã số 20');
    expect(text).toContain('Nguyễn Văn An');
    expect(text).toBe(await documentText(inline));
  });

  it("a burst of exports does not stall the server's event loop; rendering inline does", async () => {
    await renderNd30Docx(longReport); // the threads are up
    const burst = (render: (i: Nd30Input) => Promise<Buffer>) => () =>
      Promise.all(Array.from({ length: 4 }, () => render(longReport)));
    const inline = await longestStall(burst(buildNd30Docx));
    const pooled = await longestStall(burst(renderNd30Docx));
    // inline, each document holds the loop for its whole build; in the pool only the hand-over does
    console.info(`longest stall: inline ${inline.toFixed(0)} ms, pool ${pooled.toFixed(0)} ms`);
    expect(inline).toBeGreaterThan(60);
    expect(pooled).toBeLessThan(inline / 2);
  });

  it('DOCUMENT_WORKERS sets the threads: a number, 0 for none, the cores otherwise', () => {
    expect(documentWorkers({ DOCUMENT_WORKERS: '3' })).toBe(3);
    expect(documentWorkers({ DOCUMENT_WORKERS: '0' })).toBe(0);
    expect(documentWorkers({ DOCUMENT_WORKERS: 'nhiều' })).toBeGreaterThanOrEqual(1);
    expect(documentWorkers({})).toBeGreaterThanOrEqual(1);
  });
});
