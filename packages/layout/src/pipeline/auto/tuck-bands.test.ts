import { expect, it } from 'vitest';
import { type BandProfile, tuckBands } from './tuck-bands.js';

const profile = (
  left: [number, number] | undefined,
  centre: [number, number],
  right: [number, number] | undefined,
): BandProfile => ({
  left: left && { top: left[0], bottom: left[1] },
  centre: { top: centre[0], bottom: centre[1] },
  right: right && { top: right[0], bottom: right[1] },
});

it('moves a band up beside a taller side of the band above, keeping the gap on each side', () => {
  // Band 0: a tall left side (0–300), topic at 130–170, a short right side (140–160).
  // Band 1: its right side reaches 100 px above its topic.
  const profiles = [
    profile([0, 300], [130, 170], [140, 160]),
    profile(undefined, [100, 140], [0, 200]),
  ];
  const tops = tuckBands([0, 324], [300, 200], profiles, [false, false], 24);
  // Limited by the topic (170 + 24 − 100 = 94) and the right side (160 + 24 − 0 = 184).
  expect(tops).toEqual([0, 184]);
});

it('never moves a band down, nor past a locked band', () => {
  const profiles = [profile([0, 40], [0, 40], undefined), profile([0, 500], [230, 270], undefined)];
  expect(tuckBands([0, 64], [40, 500], profiles, [false, false], 24)).toEqual([0, 64]);
  // A band whose neighbour above has nothing on its side moves up beside that neighbour's topic.
  const free = [profile(undefined, [0, 40], undefined), profile([0, 500], [230, 270], undefined)];
  expect(tuckBands([0, 64], [40, 500], free, [false, false], 24)).toEqual([0, 0]);
  const tall = [profile([0, 300], [130, 170], undefined), profile(undefined, [0, 40], [0, 40])];
  expect(tuckBands([0, 324], [300, 40], tall, [false, true], 24)).toEqual([0, 324]);
});
