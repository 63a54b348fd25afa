import pg from 'pg';
import { startCluster, type Cluster } from './pg-cluster.ts';

let cluster: Cluster | null = null;

/** With TEST_DB=postgres: start a cluster, create one database per worker, stop it afterwards. */
export async function setup({ provide }: { provide: (key: string, value: unknown) => void }) {
  if (process.env.TEST_DB !== 'postgres') return;
  cluster = await startCluster();
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  for (let i = 1; i <= 8; i++) await client.query(`create database danvan_test_${i}`);
  await client.end();
  provide('pgUrl', cluster.url);
}

export async function teardown() {
  cluster?.stop();
  cluster = null;
}
