/** Numbers stored by index, all starting at one initial value. */
export interface NumberStore {
  get(index: number): number;
  set(index: number, value: number): void;
}

/** Above this many entries a store keeps a map of the entries set instead of an array. */
export const DENSE_LIMIT = 1 << 21;

/**
 * Stores for one search after another, reusing their arrays: `reset` forgets every value in
 * constant time (a stamp per entry says which search wrote it), so a search costs what it
 * touches, not the size of its grid. Created per routing run; never shared between layouts.
 */
export class StoreArena {
  readonly #values: Float64Array[] = [];
  readonly #stamps: Uint32Array[] = [];
  #stamp = 0;

  /** `count` stores of `size` entries each, starting at the given initial values. */
  stores(size: number, initials: readonly number[]): NumberStore[] {
    if (size > DENSE_LIMIT) return initials.map((initial) => mapStore(initial));
    this.#stamp++;
    const stamp = this.#stamp;
    return initials.map((initial, k) => {
      let values = this.#values[k];
      let stamps = this.#stamps[k];
      if (!values || !stamps || values.length < size) {
        const length = Math.max(size, 2 * (values?.length ?? 0), 1024);
        values = new Float64Array(Math.min(length, DENSE_LIMIT));
        stamps = new Uint32Array(values.length);
        this.#values[k] = values;
        this.#stamps[k] = stamps;
      }
      const v = values;
      const s = stamps;
      return {
        get: (index) => (s[index] === stamp ? (v[index] ?? initial) : initial),
        set: (index, value) => {
          v[index] = value;
          s[index] = stamp;
        },
      };
    });
  }
}

function mapStore(initial: number): NumberStore {
  const values = new Map<number, number>();
  return {
    get: (index) => values.get(index) ?? initial,
    set: (index, value) => {
      values.set(index, value);
    },
  };
}
