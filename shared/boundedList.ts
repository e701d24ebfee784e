/** Keeps the newest `capacity` items; older ones are counted as dropped, never kept. */
export class BoundedList<T> {
  private items: T[] = [];
  dropped = 0;

  constructor(readonly capacity: number) {}

  push(item: T): void {
    this.items.push(item);
    if (this.items.length > this.capacity) {
      this.items.splice(0, this.items.length - this.capacity);
      this.dropped += 1;
    }
  }

  get length(): number {
    return this.items.length;
  }

  /** Take everything out (and the dropped count with it). */
  drain(): { items: T[]; dropped: number } {
    const out = { items: this.items, dropped: this.dropped };
    this.items = [];
    this.dropped = 0;
    return out;
  }
}
