import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/client.ts';
import type { Ctx } from './context.ts';

/**
 * What a module shows the rest of the server. Each `modules/<name>/index.ts` exports one of these
 * (plus the few functions other modules may call); `modules/index.ts` lists them. Nothing outside a
 * module imports anything of it but its index.ts (lint enforces this).
 */
export interface ServerModule {
  /** The capability's one name: its folder, contract file, schema file and permission prefix. */
  name: string;
  /** Load-time registrations (file owners, figure providers, daily jobs). Must be idempotent. */
  register?(): void;
  /** The module's HTTP routes. */
  routes(app: FastifyInstance, deps: { database: Database }): void;
  /**
   * Reference data every installation needs (not demo data: the legal time limits, the holiday
   * calendar), written at start after the migrations, under the start-up lock. Must be idempotent.
   * Reads never write it: a GET changes nothing.
   */
  seed?(ctx: Ctx): Promise<void>;
  /** Registers the module's demo seeder (core/demo.ts), for DEMO=1. */
  demo?(): void;
}
