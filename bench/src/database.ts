/**
 * The database a bench scenario fills: DATABASE_URL when set, else a throwaway PostgreSQL cluster
 * (apps/server/test/pg-cluster.ts) with an empty database of the scenario's own name.
 */
import pg from 'pg';
import { startCluster, type Cluster } from '../../apps/server/test/pg-cluster.ts';

export async function benchDatabase(
  scenario: string,
  log: (s: string) => void,
): Promise<{ cluster: Cluster | null; url: string }> {
  let cluster: Cluster | null = null;
  let url = process.env.DATABASE_URL;
  if (!url) {
    log('không có DATABASE_URL: khởi động một cụm PostgreSQL tạm thời…');
    cluster = await startCluster();
    const c = new pg.Client({ connectionString: cluster.url });
    await c.connect();
    await c.query(`create database danvan_bench_${scenario}`);
    await c.end();
    url = cluster.url.replace(/\/postgres$/, `/danvan_bench_${scenario}`);
  }
  return { cluster, url };
}
