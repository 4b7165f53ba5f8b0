import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readLimited } from './read-limited.js';

describe('readLimited', () => {
  it('reads a stream under the limit whole', async () => {
    const bytes = await readLimited(Readable.from([Buffer.from('ab'), Buffer.from('c')]), 10);
    expect(Buffer.from(bytes).toString()).toBe('abc');
  });

  it('stops reading an endless stream just past the limit', async () => {
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled++;
        this.push(Buffer.alloc(1024, 120));
      },
    });
    const bytes = await readLimited(endless, 4096);
    expect(bytes.length).toBe(4097);
    expect(pulled).toBeLessThan(20);
    expect(endless.destroyed).toBe(true);
  });
});
