/**
 * A binary min-heap of numbers (items) ordered by a priority; equal priorities come out in the
 * order they went in, so searches that use it are deterministic.
 */
export class MinHeap {
  readonly #items: number[] = [];
  readonly #priorities: number[] = [];
  readonly #order: number[] = [];
  #count = 0;

  get size(): number {
    return this.#items.length;
  }

  push(item: number, priority: number): void {
    this.#items.push(item);
    this.#priorities.push(priority);
    this.#order.push(this.#count++);
    this.#up(this.#items.length - 1);
  }

  /** Removes and returns the item with the lowest priority; undefined when empty. */
  pop(): number | undefined {
    const n = this.#items.length;
    if (n === 0) return undefined;
    const top = this.#items[0];
    this.#move(n - 1, 0);
    this.#items.pop();
    this.#priorities.pop();
    this.#order.pop();
    if (this.#items.length > 0) this.#down(0);
    return top;
  }

  #less(i: number, j: number): boolean {
    const pi = this.#priorities[i] ?? 0;
    const pj = this.#priorities[j] ?? 0;
    return pi < pj || (pi === pj && (this.#order[i] ?? 0) < (this.#order[j] ?? 0));
  }

  #move(from: number, to: number): void {
    this.#items[to] = this.#items[from] ?? 0;
    this.#priorities[to] = this.#priorities[from] ?? 0;
    this.#order[to] = this.#order[from] ?? 0;
  }

  #swap(i: number, j: number): void {
    const item = this.#items[i] ?? 0;
    const priority = this.#priorities[i] ?? 0;
    const order = this.#order[i] ?? 0;
    this.#move(j, i);
    this.#items[j] = item;
    this.#priorities[j] = priority;
    this.#order[j] = order;
  }

  #up(i: number): void {
    let k = i;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (!this.#less(k, parent)) break;
      this.#swap(k, parent);
      k = parent;
    }
  }

  #down(i: number): void {
    let k = i;
    const n = this.#items.length;
    for (;;) {
      const l = 2 * k + 1;
      const r = l + 1;
      let smallest = k;
      if (l < n && this.#less(l, smallest)) smallest = l;
      if (r < n && this.#less(r, smallest)) smallest = r;
      if (smallest === k) return;
      this.#swap(k, smallest);
      k = smallest;
    }
  }
}
