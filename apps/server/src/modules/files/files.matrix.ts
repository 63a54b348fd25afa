import type { MatrixContext, MatrixRow, Target } from '../../../test/access-matrix.types.ts';
import { unitFor } from '../../../test/factories.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** A file attached to a unit record of the target, uploaded by the administrator (who may: org:write). */
async function fileAt(m: MatrixContext, t: Target) {
  const u = await unitFor(m, t);
  const boundary = 'b' + u.id;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="quyet-dinh.pdf"\r\n\r\n`,
    ),
    PDF,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  // set up by an administrator over the whole province, whatever the target
  const headers = m.asRoot();
  const res = await m.env.app.inject({
    method: 'POST',
    url: `/api/v1/files?entity=org_unit&entityId=${u.id}`,
    headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: body,
  });
  if (res.statusCode !== 201) throw new Error(`fixture upload failed: ${res.statusCode} ${res.body}`);
  return { unit: u, file: JSON.parse(res.body) as { id: number } };
}

// Attachments of a unit record follow that record's rules: org:read to see, org:write to attach.
export const rows: MatrixRow[] = [
  {
    method: 'GET',
    url: '/api/v1/files',
    allowedRoles: [
      'admin',
      'coordinator',
      'party_supervisor',
      'unit_head',
      'focal_officer',
      'reception_officer',
      'denunciation_handler',
      'inspector',
      'front',
      'council_office',
    ],
    request: async (m, t) => {
      const { unit } = await fileAt(m, t);
      return { url: `/api/v1/files?entity=org_unit&entityId=${unit.id}` };
    },
  },
  {
    method: 'POST',
    url: '/api/v1/files',
    allowedRoles: ['admin'],
    request: async (m, t) => ({
      url: `/api/v1/files?entity=org_unit&entityId=${(await unitFor(m, t)).id}`,
      file: { name: 'bien-ban.pdf', content: PDF },
    }),
  },
  {
    method: 'GET',
    url: '/api/v1/files/:id/content',
    request: async (m, t) => ({ url: `/api/v1/files/${(await fileAt(m, t)).file.id}/content` }),
  },
  {
    method: 'DELETE',
    url: '/api/v1/files/:id',
    allowedRoles: ['admin'],
    request: async (m, t) => ({ url: `/api/v1/files/${(await fileAt(m, t)).file.id}` }),
  },
];
