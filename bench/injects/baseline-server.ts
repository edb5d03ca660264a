/**
 * The baseline: what a bare implementation costs. A socket.io server with rooms per exercise and
 * role, and one plain BullMQ delayed job per inject whose worker emits it to the rooms. No
 * database, no authentication, no log, no early arming. Runs as its own process, driven over IPC
 * by bench/injects/main.ts.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Queue, Worker } from 'bullmq';
import { Server } from 'socket.io';

interface BaselineJob {
  exercise: number;
  injectId: string;
  audience: string[] | 'all';
  title: string;
  content: string;
}

type Command = { kind: 'schedule'; jobs: Array<BaselineJob & { dueAtMs: number }> } | { kind: 'close' };

const redisUrl = process.env.REDIS_URL;
const prefix = process.env.BENCH_PREFIX ?? 'driehoek-bench';
if (!redisUrl || !process.send) throw new Error('run by bench/injects/main.ts with REDIS_URL');
const connection = { url: redisUrl, maxRetriesPerRequest: null };

const http = createServer();
const io = new Server(http, { transports: ['websocket'] });
const exercise = io.of('/exercise');
exercise.on('connection', (socket) => {
  const { exercise: id, role } = socket.handshake.auth as { exercise: string; role: string };
  void socket.join([`players:${id}`, `role:${id}:${role}`]);
  socket.emit('welcome');
});

const queue = new Queue<BaselineJob>('baseline', { connection, prefix });
const worker = new Worker<BaselineJob>(
  'baseline',
  async (job) => {
    const { exercise: id, injectId, audience, title, content } = job.data;
    const rooms = audience === 'all' ? [`players:${id}`] : audience.map((role) => `role:${id}:${role}`);
    exercise.to(rooms).emit('event', {
      type: 'inject.delivered',
      wallTime: new Date().toISOString(),
      payload: { injectId, occurrence: 1, title, content },
    });
    return Promise.resolve();
  },
  { connection, prefix, concurrency: 50 },
);

process.on('message', (command: Command) => {
  void (async () => {
    if (command.kind === 'schedule') {
      await queue.addBulk(
        command.jobs.map(({ dueAtMs, ...data }) => ({
          name: 'inject',
          data,
          opts: { delay: Math.max(0, dueAtMs - Date.now()), removeOnComplete: true },
        })),
      );
      process.send!({ kind: 'scheduled' });
    } else {
      await worker.close();
      await queue.obliterate({ force: true });
      await queue.close();
      await io.close();
      process.exit(0);
    }
  })();
});

http.listen(0, '127.0.0.1', () => {
  void worker
    .waitUntilReady()
    .then(() => process.send!({ kind: 'ready', port: (http.address() as AddressInfo).port }));
});
