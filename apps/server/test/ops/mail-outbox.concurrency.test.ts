import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { openPostgres } from '../../src/db/client.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { freePort } from '../pg-cluster.ts';
import { freshDatabase, sleep, spawnServer, withClient, type ServerProcess } from './server-process.ts';

// Two real server instances (JOBS=1) on one PostgreSQL database send the same outbox to an SMTP sink
// (smtp-server). Every message must arrive once; with one instance killed (SIGKILL) while SMTP holds a
// message, that one message may arrive twice (same Message-ID) and no other.

interface Delivery {
  messageId: string;
  at: number;
}

describe.skipIf(process.env.TEST_DB !== 'postgres')(
  'mail outbox across instances',
  { timeout: 400_000 },
  () => {
    let sink: SMTPServer;
    let smtpPort: number;
    let delivered: Delivery[] = [];
    let delayMs = 100;
    let onDelivery: (n: number) => void = () => {};
    const servers: ServerProcess[] = [];

    beforeAll(async () => {
      smtpPort = await freePort();
      sink = new SMTPServer({
        authOptional: true,
        closeTimeout: 1000,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        onData(stream, _session, callback) {
          let raw = '';
          stream.on('data', (d: Buffer) => (raw += d.toString('utf8')));
          stream.on('end', () => {
            const messageId = /^Message-ID:\s*(\S+)/im.exec(raw)?.[1] ?? '(none)';
            delivered.push({ messageId, at: Date.now() });
            onDelivery(delivered.length);
            // the message is received; SMTP's "250 OK" comes after a while (a crash can fall in between)
            setTimeout(() => callback(), delayMs);
          });
        },
      });
      await new Promise<void>((r) => sink.listen(smtpPort, '127.0.0.1', () => r()));
    });
    afterEach(async () => {
      await Promise.all(servers.splice(0).map((s) => s.stop()));
      delivered = [];
      onDelivery = () => {};
    });
    afterAll(async () => {
      await new Promise<void>((r) => sink.close(() => r()));
    });

    async function prepare(name: string, rows: number): Promise<string> {
      const url = await freshDatabase(name);
      const database = await openPostgres(url, 2);
      try {
        await migrateDatabase(database);
        await database.query(
          `insert into mail_outbox ("to", subject, body)
         select 'nguoi' || i || '@xa.example.vn', 'Nhắc hạn ' || i, 'Nội dung ' || i from generate_series(1, $1) i`,
          [rows],
        );
      } finally {
        await database.close();
      }
      return url;
    }

    async function start(url: string, extra: Record<string, string> = {}): Promise<ServerProcess> {
      const s = spawnServer({
        DATABASE_URL: url,
        PORT: String(await freePort()),
        DATA_DIR: `/tmp/danvan-mail-${process.pid}-${servers.length}`,
        DEMO: '0',
        JOBS: '1',
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        MAIL_FROM: 'danvan <no-reply@danvan.test>',
        ...extra,
      });
      servers.push(s);
      return s;
    }

    async function untilAllSent(url: string, ms: number) {
      const until = Date.now() + ms;
      for (;;) {
        const [{ left }] = await withClient(
          url,
          async (c) =>
            (await c.query(`select count(*)::int as left from mail_outbox where sent_at is null`)).rows,
        );
        if (left === 0) return;
        if (Date.now() > until) throw new Error(`${left} messages still unsent`);
        await sleep(250);
      }
    }

    const sentBy = (s: ServerProcess) =>
      s
        .out()
        .split('\n')
        .map((l) => /"msg":"mail: đã gửi (\d+) thư"/.exec(l)?.[1])
        .filter(Boolean)
        .reduce((a, n) => a + Number(n), 0);

    it('two instances send 112 outbox rows: 112 mails, each row once, attempts = 1', async () => {
      delayMs = 60;
      const url = await prepare('ops_mail_two', 112);
      const a = await start(url);
      const b = await start(url);
      await Promise.all([a.ready(), b.ready()]);
      await untilAllSent(url, 120_000);
      await sleep(500);
      const ids = delivered.map((d) => d.messageId);
      console.log(
        `mail, two instances: ${delivered.length} delivered for 112 rows (${new Set(ids).size} distinct; instance A ${sentBy(a)}, B ${sentBy(b)})`,
      );
      expect(new Set(ids).size).toBe(112);
      expect(delivered.length).toBe(112);
      const rows = await withClient(
        url,
        async (c) => (await c.query(`select attempts from mail_outbox`)).rows,
      );
      expect(rows.every((r) => r.attempts === 1)).toBe(true);
    });

    it('one instance killed while SMTP holds a message: every row sent, at most that one twice', async () => {
      delayMs = 150;
      const url = await prepare('ops_mail_kill', 40);
      const claim = { MAIL_CLAIM_SECONDS: '4' };
      const a = await start(url, claim);
      const b = await start(url, claim);
      let killedAt = 0;
      onDelivery = (n) => {
        // kill one instance right after the 10th message arrived, before SMTP answered it
        if (n === 10 && !killedAt) {
          killedAt = n;
          a.child.kill('SIGKILL');
        }
      };
      await Promise.all([a.ready().catch(() => {}), b.ready()]);
      await untilAllSent(url, 120_000);
      await sleep(500);
      const ids = delivered.map((d) => d.messageId);
      const distinct = new Set(ids).size;
      console.log(
        `mail, one instance killed mid-send: ${delivered.length} delivered for 40 rows (${distinct} distinct)`,
      );
      expect(distinct).toBe(40);
      expect(delivered.length).toBeLessThanOrEqual(41);
      const stats = await withClient(
        url,
        async (c) =>
          (
            await c.query(
              `select max(attempts)::int as max_attempts, sum(crash_resends)::int as resends,
                    count(*) filter (where sent_at is null)::int as unsent from mail_outbox`,
            )
          ).rows[0],
      );
      console.log(
        `  ${stats.resends} resent after the crash, at most ${stats.max_attempts} attempts per row`,
      );
      expect(killedAt).toBe(10);
      expect(a.exited()?.signal).toBe('SIGKILL');
      expect(delivered.length - distinct).toBe(stats.resends);
      expect(stats.unsent).toBe(0);
      expect(stats.max_attempts).toBeLessThanOrEqual(2);
    });
  },
);
