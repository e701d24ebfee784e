/**
 * V8 flags of the worker process (utility process and Node child alike). A larger young generation
 * lets a chunk's short-lived results die young instead of being promoted; `--expose-gc` lets the
 * run reclaim old space between chunks, so resident memory stays flat over a 100,000-code run.
 */
export const WORKER_EXEC_ARGV = ['--expose-gc', '--max-semi-space-size=32'];
