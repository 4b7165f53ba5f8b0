import { describe, expect, it } from 'vitest';
import { MAX_EVENT_STREAMS, previewRefusal } from './preview-guard.js';

describe('previewRefusal', () => {
  it.each(['127.0.0.1:4000', 'localhost:4000', 'LOCALHOST:4000', '[::1]:4000'])(
    'answers GET and HEAD for Host %s',
    (host) => {
      expect(previewRefusal({ method: 'GET', host, url: '/' }, 4000, 0)).toBeUndefined();
      expect(previewRefusal({ method: 'HEAD', host, url: '/' }, 4000, 0)).toBeUndefined();
    },
  );

  it.each(['evil.example:4000', 'evil.example', '127.0.0.1', '127.0.0.1:4001', undefined, ''])(
    'refuses Host %j (DNS rebinding)',
    (host) => {
      expect(previewRefusal({ method: 'GET', host, url: '/' }, 4000, 0)).toMatchObject({
        status: 403,
      });
    },
  );

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])('refuses %s', (method) => {
    expect(previewRefusal({ method, host: 'localhost:4000', url: '/' }, 4000, 0)).toMatchObject({
      status: 405,
    });
  });

  it('turns away event streams past the cap, but still serves the page', () => {
    const at = { method: 'GET', host: 'localhost:4000' };
    expect(previewRefusal({ ...at, url: '/events' }, 4000, MAX_EVENT_STREAMS - 1)).toBeUndefined();
    expect(previewRefusal({ ...at, url: '/events' }, 4000, MAX_EVENT_STREAMS)).toMatchObject({
      status: 503,
    });
    expect(previewRefusal({ ...at, url: '/' }, 4000, MAX_EVENT_STREAMS)).toBeUndefined();
  });
});
