/** A topic's mark: done, in progress (learning) or skipped; no entry means not started. */
export type Mark = 'done' | 'learning' | 'skipped';

export const MARKS: readonly Mark[] = ['done', 'learning', 'skipped'];

export interface ProgressFile {
  readonly format: 'roadmapkit-progress';
  readonly version: 1;
  readonly roadmap: string;
  readonly marks: Record<string, Mark>;
}

const isMark = (value: unknown): value is Mark => MARKS.includes(value as Mark);

/** localStorage when the page may use it (file://, a sandboxed iframe may not), else memory. */
function storage(): Pick<Storage, 'getItem' | 'setItem'> {
  try {
    const s = window.localStorage;
    s.getItem('roadmapkit');
    return s;
  } catch {
    const memory = new Map<string, string>();
    return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v) };
  }
}

/** The marks of one roadmap, kept in the browser under `roadmapkit:progress:<id>`. */
/** A file that is not a progress file, or (with `roadmap`) the progress of another roadmap. */
export class ProgressFileError extends Error {
  constructor(
    message: string,
    readonly roadmap?: string,
  ) {
    super(message);
  }
}

export class ProgressStore {
  private readonly key: string;
  private readonly store = storage();
  readonly marks = new Map<string, Mark>();

  constructor(
    readonly roadmap: string,
    private readonly known: ReadonlySet<string>,
  ) {
    this.key = `roadmapkit:progress:${roadmap}`;
    try {
      this.merge(JSON.parse(this.store.getItem(this.key) ?? '{}'));
    } catch {
      // A damaged entry is ignored: progress starts empty.
    }
  }

  /** Reads marks from a parsed JSON value; unknown topics and values are skipped. */
  private merge(value: unknown): number {
    const marks = (value as { marks?: unknown } | null)?.marks;
    if (typeof marks !== 'object' || marks === null) return 0;
    let read = 0;
    for (const [id, mark] of Object.entries(marks)) {
      if (this.known.has(id) && isMark(mark)) {
        this.marks.set(id, mark);
        read++;
      }
    }
    return read;
  }

  set(id: string, mark: Mark | undefined): void {
    if (mark === undefined) this.marks.delete(id);
    else this.marks.set(id, mark);
    this.save();
  }

  count(mark: Mark): number {
    let n = 0;
    for (const value of this.marks.values()) if (value === mark) n++;
    return n;
  }

  toFile(): ProgressFile {
    return {
      format: 'roadmapkit-progress',
      version: 1,
      roadmap: this.roadmap,
      marks: Object.fromEntries(this.marks),
    };
  }

  /** Replaces the marks with those of an exported file; returns how many were read. */
  import(text: string): number {
    const value = JSON.parse(text) as { format?: unknown; roadmap?: unknown };
    if (value?.format !== 'roadmapkit-progress')
      throw new ProgressFileError('this file is not a roadmapkit progress file');
    if (value.roadmap !== this.roadmap)
      throw new ProgressFileError(
        `this file is the progress of "${String(value.roadmap)}"`,
        String(value.roadmap),
      );
    this.marks.clear();
    const read = this.merge(value);
    this.save();
    return read;
  }

  private save(): void {
    try {
      this.store.setItem(this.key, JSON.stringify(this.toFile()));
    } catch {
      // Full or refused storage: the marks still hold for this visit.
    }
  }
}
