import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  RevealedIdentity,
  RevealIdentity,
  VaultOwnerParams,
  VaultScanParams,
  VaultState,
} from '@danvan/contracts';
import { route } from '../../core/route.ts';
import { readVaultState } from './identity/read-identity.ts';
import { downloadScan, revealIdentity } from './identity/reveal-identity.ts';

const tags = ['Bảo vệ danh tính người tố cáo'];

/** Nothing of the vault is kept by a browser or a proxy. */
const noStore = (reply: FastifyReply) =>
  reply.header('cache-control', 'no-store').header('pragma', 'no-cache');

export function registerVaultRoutes(app: FastifyInstance) {
  route(app, {
    method: 'GET',
    url: '/api/v1/vault/:kind/:ownerId',
    operationId: 'getProtectedIdentityState',
    access: 'petitions:read',
    tags,
    summary: 'Trạng thái bảo vệ danh tính người tố cáo của một hồ sơ (không bao giờ kèm danh tính)',
    response: VaultState,
    params: VaultOwnerParams,
    handler: (ctx, { params }, _req, reply) => {
      noStore(reply);
      return readVaultState(ctx, params.kind, params.ownerId);
    },
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/vault/:kind/:ownerId/reveal',
    operationId: 'revealProtectedIdentity',
    access: 'petitions:handle',
    tags,
    summary: 'Xem danh tính người tố cáo (chỉ người được giao giải quyết; ghi lý do vào nhật ký)',
    response: RevealedIdentity,
    params: VaultOwnerParams,
    body: RevealIdentity,
    handler: (ctx, { params, body }, _req, reply) => {
      noStore(reply);
      return revealIdentity(ctx, params.kind, params.ownerId, body.reason);
    },
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/vault/:kind/:ownerId/scans/:scanId/content',
    operationId: 'downloadProtectedScan',
    access: 'petitions:handle',
    tags,
    summary: 'Tải bản quét chữ ký, chữ viết của người tố cáo (cùng quy tắc như xem danh tính; ghi lý do)',
    response: { file: ['image/png', 'image/jpeg', 'image/tiff', 'image/webp', 'application/pdf'] },
    params: VaultScanParams,
    body: RevealIdentity,
    handler: (ctx, { params, body }, _req, reply) => {
      noStore(reply);
      return downloadScan(ctx, params.kind, params.ownerId, params.scanId, body.reason);
    },
  });
}
