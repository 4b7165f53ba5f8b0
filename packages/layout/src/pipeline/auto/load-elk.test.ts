import { expect, it } from 'vitest';
import { elkConstructor, loadElk, sharedElk } from './load-elk.js';

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

it("gives every caller the process's one instance, apart from the fresh ones", async () => {
  const [a, b] = await Promise.all([sharedElk(), sharedElk()]);
  expect(a).toBe(b);
  expect(await sharedElk()).toBe(a);
  expect(await loadElk()).not.toBe(a);
});
