import type { WorkerMessage } from '../../shared/protocol/messages.js';

/** The worker speaks one interface whatever hosts it: Electron's utility process or a Node child process. */
export interface Transport {
  send(message: WorkerMessage): void;
  onMessage(listener: (raw: unknown) => void): void;
  readonly kind: 'electron' | 'node';
}

interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

export function parentPortTransport(port: ParentPortLike): Transport {
  return {
    kind: 'electron',
    send: (message) => port.postMessage(message),
    onMessage: (listener) => port.on('message', (event) => listener(event.data)),
  };
}

export function childProcessTransport(proc: NodeJS.Process): Transport {
  return {
    kind: 'node',
    send: (message) => {
      if (proc.connected) proc.send!(message);
    },
    onMessage: (listener) => proc.on('message', listener),
  };
}

/** Electron gives a utility process `process.parentPort`; `child_process.fork` gives `process.send`. */
export function detectTransport(proc: NodeJS.Process = process): Transport {
  const port = (proc as unknown as { parentPort?: ParentPortLike }).parentPort;
  if (port) return parentPortTransport(port);
  if (typeof proc.send === 'function') return childProcessTransport(proc);
  throw new Error('The worker must be started by Electron (utilityProcess.fork) or by child_process.fork');
}
