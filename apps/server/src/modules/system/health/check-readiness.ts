import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../../db/client.ts';
import { pingDatabase } from './health.repository.ts';

export type Readiness =
  | { ready: true; body: { status: 'ready'; database: Database['driver'] } }
  | { ready: false; body: { status: 'not_ready'; database: Database['driver']; detail: string } };

/**
 * Ready only when the database answers within 3 s: a load balancer stops sending traffic to an
 * instance whose database is away (requests meanwhile get 503 database_unavailable).
 */
export async function checkReadiness(database: Database, log: FastifyBaseLogger): Promise<Readiness> {
  try {
    await pingDatabase(database, 3000);
    return { ready: true, body: { status: 'ready', database: database.driver } };
  } catch (err) {
    log.warn({ err }, 'readyz: database unavailable');
    return {
      ready: false,
      body: {
        status: 'not_ready',
        database: database.driver,
        detail: 'Cơ sở dữ liệu tạm thời không truy cập được.',
      },
    };
  }
}
