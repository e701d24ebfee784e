import { AppError } from '../../shared/errors.js';

/** Errors the user can fix by changing the input: exit code 2. */
const BAD_INPUT_CODES = new Set(['bad_input', 'bad_request', 'not_found', 'bad_state', 'db_newer', 'db_damaged', 'busy']);

export function exitCodeFor(error: unknown): number {
  return error instanceof AppError && BAD_INPUT_CODES.has(error.code) ? 2 : 1;
}

export class Output {
  private lastProgress = 0;

  constructor(private readonly json: boolean) {}

  /** One JSON event per line on stdout (with --json). */
  event(event: object): void {
    if (this.json) process.stdout.write(`${JSON.stringify(event)}\n`);
  }

  /** A human line on stdout (without --json). */
  line(text: string): void {
    if (!this.json) process.stdout.write(`${text}\n`);
  }

  /** Progress for people goes to stderr, at most once a second. */
  progress(text: string, force = false): void {
    const now = Date.now();
    if (!force && now - this.lastProgress < 1000) return;
    this.lastProgress = now;
    process.stderr.write(`${text}\n`);
  }
}
