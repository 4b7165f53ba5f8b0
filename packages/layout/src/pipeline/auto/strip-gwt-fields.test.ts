import { expect, it } from 'vitest';
import { stripGwtFields } from './strip-gwt-fields.js';

it('removes every $H field, deeply, and copies the rest', () => {
  const input = {
    $H: 12,
    id: 'root',
    children: [{ $H: 13, id: 'a', x: 1, sections: [{ $H: 14, startPoint: { x: 0, y: 0 } }] }],
  };
  const out = stripGwtFields(input);
  expect(out).toEqual({
    id: 'root',
    children: [{ id: 'a', x: 1, sections: [{ startPoint: { x: 0, y: 0 } }] }],
  });
  expect(JSON.stringify(out)).not.toContain('$H');
  expect(input.$H).toBe(12);
});
