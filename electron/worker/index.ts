import { toErrorData } from '../../shared/errors.js';
import { errorReply, parseRequest } from '../../shared/protocol/messages.js';
import { detectTransport } from './transport.js';
import { WorkerService } from './workerService.js';

/** The utility process (or Node child process) entry: validate every message, answer with data, never throw across. */
const transport = detectTransport();
const service = new WorkerService((event) => transport.send({ kind: 'event', event }), {
  chunkDelayMs: Number(process.env.RCO_TEST_CHUNK_DELAY_MS ?? 0) || undefined,
});

transport.onMessage((raw) => {
  const parsed = parseRequest(raw);
  if (!parsed.ok) {
    transport.send({ kind: 'reply', reply: errorReply(parsed.id, parsed.error.code, parsed.error.message) });
    return;
  }
  const { id } = parsed.request;
  service.handle(parsed.request).then(
    (value) => transport.send({ kind: 'reply', reply: { id, ok: true, value } }),
    (error: unknown) => transport.send({ kind: 'reply', reply: { id, ok: false, error: toErrorData(error) } }),
  );
});

const memoryTimer = setInterval(() => {
  const m = process.memoryUsage();
  transport.send({
    kind: 'event',
    event: { type: 'memory', at: Date.now(), reading: { rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external } },
  });
}, 1000);

function stop(): void {
  clearInterval(memoryTimer);
  service.shutdown();
  process.exit(0);
}

process.on('disconnect', stop);
process.on('SIGTERM', stop);
