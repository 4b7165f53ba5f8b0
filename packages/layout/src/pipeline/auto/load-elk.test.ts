import { expect, it } from 'vitest';
import { elkConstructor, loadElk } from './load-elk.js';

class Fake {
  layout() {
    return Promise.resolve({ id: 'x' });
  }
}

it('finds the constructor however the module was wrapped', () => {
  expect(elkConstructor(Fake)).toBe(Fake);
  expect(elkConstructor({ default: Fake })).toBe(Fake);
  expect(elkConstructor({ default: { default: Fake } })).toBe(Fake);
  expect(() => elkConstructor({ nothing: true })).toThrow(/ELK constructor/);
});

it('loads elkjs and gives a fresh instance each time', async () => {
  const a = await loadElk();
  const b = await loadElk();
  expect(a).not.toBe(b);
  const out = await a.layout({ id: 'g', children: [{ id: 'n', width: 10, height: 10 }] });
  expect(out.children?.[0]?.width).toBe(10);
});
