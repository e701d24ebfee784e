import v8 from 'node:v8';

/** MB the heap may grow over its level after the last collection before a run collects between chunks. */
export const HEADROOM_MB = 48;

/**
 * V8 collects old space lazily, so a long run's garbage piles up until a late major GC and the
 * process's resident memory rises with the run. Collecting when the heap has grown by a fixed
 * headroom keeps it flat; without `--expose-gc` this does nothing.
 */
export function createMemoryRelief(gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc): () => void {
  let floor = v8.getHeapStatistics().used_heap_size;
  return () => {
    if (!gc) return;
    const used = v8.getHeapStatistics().used_heap_size;
    if (used < floor + HEADROOM_MB * 1024 * 1024) return;
    gc();
    floor = v8.getHeapStatistics().used_heap_size;
  };
}
