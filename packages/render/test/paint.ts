import { readPaintClasses } from '../src/svg/paint-classes.js';

/**
 * The value of a paint property (say `fill`) of each element of `fragment` (a part of `svg`,
 * default all of it) that has a paint class, in document order, read from the SVG's `<style>`.
 */
export function paintsIn(svg: string, property: string, fragment = svg): string[] {
  const classes = readPaintClasses(svg);
  const values: string[] = [];
  for (const match of fragment.matchAll(/\sclass="([^"]*)"/g)) {
    for (const name of (match[1] ?? '').split(' ')) {
      const value = classes.get(name)?.get(property);
      if (value !== undefined) values.push(value);
    }
  }
  return values;
}
