import { createApi, type UiEvent, type UiReply } from '../../shared/api.js';

/**
 * `window.api` for the browser test host: the same createApi() as the preload, over a WebSocket
 * to the real controller and worker. Dropped files are mapped to server paths by name, since a
 * browser cannot see a file's path (Electron's webUtils can).
 */
const socket = new WebSocket(`ws://${location.host}/__api`);
const opened = new Promise<void>((resolve) => socket.addEventListener('open', () => resolve()));
const pending = new Map<number, (reply: UiReply) => void>();
const listeners = new Set<(event: UiEvent) => void>();
const testFiles = new Map<string, string>();
let nextId = 1;

socket.addEventListener('message', (message) => {
  const data = JSON.parse(String(message.data)) as { id?: number; reply?: UiReply; event?: UiEvent };
  if (data.id !== undefined && data.reply) {
    pending.get(data.id)?.(data.reply);
    pending.delete(data.id);
  } else if (data.event) {
    for (const listener of listeners) listener(data.event);
  }
});
socket.addEventListener('close', () => {
  for (const resolve of pending.values()) resolve({ ok: false, error: { code: 'disconnected', message: 'Связь с тестовым хостом потеряна' } });
  pending.clear();
});

window.api = createApi({
  async invoke(type, payload) {
    await opened;
    const id = nextId++;
    return new Promise<UiReply>((resolve) => {
      pending.set(id, resolve);
      socket.send(JSON.stringify({ id, type, payload }));
    });
  },
  subscribe(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  pathForFile: (file) => testFiles.get(file.name) ?? '',
});
(window as unknown as { __testFiles: Map<string, string> }).__testFiles = testFiles;
