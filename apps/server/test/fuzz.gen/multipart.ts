/** Malformed uploads: truncated or boundary-less multipart, two files, no file, an executable. */
import type { BadRequest, RequestBase } from './schemas.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

export function multipartCases(): {
  headers: Record<string, string>;
  payload: string | Buffer;
  why: string;
}[] {
  const b = 'fuzzboundary';
  const part = (name: string, filename: string | null, content: string | Buffer) =>
    Buffer.concat([
      Buffer.from(
        `--${b}\r\nContent-Disposition: form-data; name="${name}"${filename !== null ? `; filename="${filename}"` : ''}\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      Buffer.isBuffer(content) ? content : Buffer.from(content),
      Buffer.from('\r\n'),
    ]);
  const end = Buffer.from(`--${b}--\r\n`);
  const ct = { 'content-type': `multipart/form-data; boundary=${b}` };
  return [
    {
      headers: ct,
      payload: Buffer.concat([part('file', 'a.pdf', PDF)]),
      why: 'multipart cắt cụt (không có phần kết)',
    },
    {
      headers: ct,
      payload: Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n`),
      why: 'multipart cắt giữa tiêu đề',
    },
    { headers: ct, payload: Buffer.from('không phải multipart'), why: 'multipart không có ranh giới' },
    {
      headers: { 'content-type': 'multipart/form-data' },
      payload: Buffer.concat([part('file', 'a.pdf', PDF), end]),
      why: 'thiếu boundary',
    },
    {
      headers: { 'content-type': 'multipart/form-data; boundary=khac' },
      payload: Buffer.concat([part('file', 'a.pdf', PDF), end]),
      why: 'boundary sai',
    },
    {
      headers: ct,
      payload: Buffer.concat([part('file', 'a.pdf', PDF), part('file', 'b.pdf', PDF), end]),
      why: 'hai tệp',
    },
    { headers: ct, payload: Buffer.concat([part('note', null, 'x'), end]), why: 'không có tệp' },
    { headers: ct, payload: Buffer.concat([part('file', 'a.pdf', Buffer.alloc(0)), end]), why: 'tệp rỗng' },
    {
      headers: ct,
      payload: Buffer.concat([
        ...Array.from({ length: 30 }, (_, i) => part(`f${i}`, null, 'x')),
        part('file', 'a.pdf', PDF),
        end,
      ]),
      why: 'quá nhiều trường',
    },
    {
      headers: ct,
      payload: Buffer.concat([Buffer.from(`--${b}\r\nContent-Disposition: form-data\r\n\r\nx\r\n`), end]),
      why: 'phần không có tên',
    },
    {
      headers: ct,
      payload: Buffer.concat([part('file', 'a.exe', Buffer.from('MZ\x90\x00')), end]),
      why: 'tệp thực thi',
    },
    { headers: { 'content-type': 'application/json' }, payload: '{"file":"x"}', why: 'JSON thay multipart' },
    { headers: { 'content-type': 'text/plain' }, payload: 'x', why: 'text/plain thay multipart' },
  ];
}

/** The multipart cases of an upload operation, at its valid URL. */
export function multipartRequests(r: RequestBase): BadRequest[] {
  const { op, goodUrl } = r;
  const out: BadRequest[] = [];
  if (op.multipart) {
    for (const m of multipartCases())
      out.push({
        method: op.method,
        url: goodUrl,
        headers: m.headers,
        payload: m.payload,
        why: `multipart: ${m.why}`,
      });
  }
  return out;
}
