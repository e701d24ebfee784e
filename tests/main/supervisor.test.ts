import { describe, expect, it } from 'vitest';
import { WorkerSupervisor, type WorkerHandle } from '../../electron/main/workerSupervisor.js';

/** A fake process: records what it is sent, exits when told. */
class FakeProcess implements WorkerHandle {
  static nextPid = 100;
  readonly pid = FakeProcess.nextPid++;
  sent: any[] = [];
  killed = false;
  private messageListeners: ((m: unknown) => void)[] = [];
  private exitListeners: ((code: number | null) => void)[] = [];
  post(message: unknown) {
    this.sent.push(message);
  }
  onMessage(l: (m: unknown) => void) {
    this.messageListeners.push(l);
  }
  onExit(l: (code: number | null) => void) {
    this.exitListeners.push(l);
  }
  kill() {
    this.killed = true;
    this.exit(null);
  }
  reply(id: number, value: unknown) {
    for (const l of this.messageListeners) l({ kind: 'reply', reply: { id, ok: true, value } });
  }
  exit(code: number | null) {
    for (const l of this.exitListeners) l(code);
  }
}

function setup(maxRestartsPerMinute = 5) {
  const processes: FakeProcess[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  let clock = 0;
  const log: string[] = [];
  const supervisor = new WorkerSupervisor({
    spawn: () => {
      const p = new FakeProcess();
      processes.push(p);
      return p;
    },
    init: async () => undefined,
    now: () => clock,
    schedule: (fn, ms) => timers.push({ fn, ms }),
    maxRestartsPerMinute,
  });
  supervisor.on('exit', (code) => log.push(`exit ${code}`));
  supervisor.on('crash', (d) => log.push(`crash ${d.reason}`));
  supervisor.on('restarted', (n) => log.push(`restarted ${n}`));
  supervisor.on('gave-up', () => log.push('gave-up'));
  const fire = () => {
    const t = timers.shift()!;
    t.fn();
    return t.ms;
  };
  return { supervisor, processes, timers, log, fire, advance: (ms: number) => (clock += ms) };
}

describe('WorkerSupervisor', () => {
  it('rejects pending requests when the process exits, then restarts it with backoff', async () => {
    const { supervisor, processes, log, fire } = setup();
    await supervisor.start();
    const pending = supervisor.request('hello', {});
    await Promise.resolve();
    expect(processes[0].sent[0]).toMatchObject({ type: 'hello' });
    processes[0].exit(137);
    await expect(pending).rejects.toMatchObject({ code: 'worker_exited' });
    expect(supervisor.running).toBe(false);
    await expect(supervisor.request('hello', {})).rejects.toMatchObject({ code: 'worker_unavailable' });
    expect(fire()).toBe(1000);
    await new Promise((r) => setTimeout(r, 0));
    expect(processes).toHaveLength(2);
    expect(log).toEqual(['exit 137', 'restarted 1']);
    const again = supervisor.request('hello', {});
    await new Promise((r) => setTimeout(r, 0));
    processes[1].reply(processes[1].sent[0].id, { protocol: 1 });
    await expect(again).resolves.toEqual({ protocol: 1 });
  });

  it('reports a crash separately from the exit', async () => {
    const { supervisor, processes, log } = setup();
    await supervisor.start();
    supervisor.noteCrash({ reason: 'oom', exitCode: -1 });
    processes[0].exit(-1);
    expect(log.slice(0, 2)).toEqual(['crash oom', 'exit -1']);
  });

  it('backs off 1 s, 2 s, 4 s … and gives up after five restarts in a minute', async () => {
    const { supervisor, processes, log, fire, advance } = setup(5);
    await supervisor.start();
    const delays: number[] = [];
    for (let i = 0; i < 5; i++) {
      processes.at(-1)!.exit(1);
      delays.push(fire());
      advance(1000);
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000]);
    processes.at(-1)!.exit(1);
    expect(log.at(-1)).toBe('gave-up');
    expect(supervisor.failed).toBe(true);
    await expect(supervisor.request('hello', {})).rejects.toMatchObject({ message: expect.stringContaining('Перезапустите') });
  });

  it('restarts are counted per minute: a crash long after the last one starts the backoff again', async () => {
    const { supervisor, processes, fire, advance } = setup(2);
    await supervisor.start();
    processes[0].exit(1);
    expect(fire()).toBe(1000);
    await new Promise((r) => setTimeout(r, 0));
    advance(120_000);
    processes[1].exit(1);
    expect(fire()).toBe(1000);
  });

  it('does not restart after an intentional stop', async () => {
    const { supervisor, processes, timers, log } = setup();
    await supervisor.start();
    supervisor.stop();
    expect(processes[0].killed).toBe(true);
    expect(timers).toHaveLength(0);
    expect(log).toEqual(['exit null']);
  });
});
