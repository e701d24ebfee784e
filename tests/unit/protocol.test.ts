import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../shared/protocol/messages.js';
import { REQUEST_TYPES } from '../../shared/protocol/requests.js';
import { WorkerClient } from '../../shared/rpc/workerClient.js';
import { defaultConfig } from '../../shared/domain/settings.js';

describe('parseRequest', () => {
  it('accepts valid requests and applies defaults', () => {
    const parsed = parseRequest({ id: 3, type: 'results.page', payload: { runId: 1 } });
    expect(parsed).toEqual({ ok: true, request: { id: 3, type: 'results.page', payload: { runId: 1, limit: 100, detail: false, order: 'position' } } });
    expect(parseRequest({ id: 1, type: 'hello', payload: {} }).ok).toBe(true);
    expect(parseRequest({ id: 2, type: 'db.open', payload: { path: '/tmp/a.db' } }).ok).toBe(true);
    expect(parseRequest({ id: 4, type: 'product.preview', payload: { vendorCode: 'A1', config: defaultConfig() } }).ok).toBe(true);
  });

  it.each([
    ['no envelope', 'hello', -1, 'bad_request'],
    ['unknown type', { id: 5, type: 'db.drop', payload: {} }, 5, 'Неизвестный запрос'],
    ['bad payload', { id: 6, type: 'db.open', payload: { path: '' } }, 6, 'path'],
    ['wrong field type', { id: 7, type: 'run.start', payload: { runId: 'x' } }, 7, 'runId'],
    ['limit over 200', { id: 8, type: 'results.page', payload: { runId: 1, limit: 500 } }, 8, 'limit'],
    ['unknown kind', { id: 9, type: 'catalog.import', payload: { kind: 'prices', files: ['a'] } }, 9, 'kind'],
    ['proto pollution', { id: 10, type: '__proto__', payload: {} }, 10, 'Неизвестный запрос'],
  ])('%s → error reply', (_name, raw, id, text) => {
    const parsed = parseRequest(raw);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.id).toBe(id);
    expect(parsed.error.code).toBe('bad_request');
    expect(`${parsed.error.code} ${parsed.error.message}`).toContain(text);
  });

  it('every request type has a schema that rejects a non-object payload', () => {
    for (const type of REQUEST_TYPES) expect(parseRequest({ id: 1, type, payload: 42 }).ok).toBe(false);
  });
});

describe('WorkerClient', () => {
  function channel() {
    const sent: any[] = [];
    let deliver: (m: unknown) => void = () => {};
    return { sent, deliver: (m: unknown) => deliver(m), post: (m: unknown) => sent.push(m), onMessage: (l: (m: unknown) => void) => (deliver = l) };
  }

  it('correlates replies by id and turns error replies into AppErrors', async () => {
    const ch = channel();
    const client = new WorkerClient(ch);
    const a = client.request('hello', {});
    const b = client.request('db.status', {});
    ch.deliver({ kind: 'reply', reply: { id: ch.sent[1].id, ok: false, error: { code: 'db_closed', message: 'закрыта' } } });
    ch.deliver({ kind: 'reply', reply: { id: ch.sent[0].id, ok: true, value: { protocol: 1 } } });
    await expect(a).resolves.toEqual({ protocol: 1 });
    await expect(b).rejects.toMatchObject({ code: 'db_closed', message: 'закрыта' });
  });

  it('delivers events and rejects pending requests when the process is gone', async () => {
    const ch = channel();
    const client = new WorkerClient(ch);
    const events: unknown[] = [];
    client.onEvent((e) => events.push(e));
    ch.deliver({ kind: 'event', event: { type: 'log', level: 'info', message: 'x' } });
    const pending = client.request('hello', {});
    client.rejectAll('worker_exited', 'ушёл');
    await expect(pending).rejects.toMatchObject({ code: 'worker_exited' });
    expect(events).toHaveLength(1);
    expect(client.pendingCount).toBe(0);
  });
});
