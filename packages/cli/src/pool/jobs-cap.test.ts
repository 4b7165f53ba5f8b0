import { describe, expect, it } from 'vitest';
import { capJobs } from './jobs-cap.js';

const GB = 1024 ** 3;

describe('capJobs', () => {
  it('defaults to one worker per core when memory allows', () => {
    expect(capJobs(undefined, { cores: 8, memoryBytes: 32 * GB })).toEqual({ jobs: 8 });
  });

  it('keeps a request within the cap', () => {
    expect(capJobs(3, { cores: 8, memoryBytes: 32 * GB })).toEqual({ jobs: 3 });
  });

  it('caps at the cores, with a warning', () => {
    expect(capJobs(64, { cores: 2, memoryBytes: 16 * GB })).toEqual({
      jobs: 2,
      warning:
        '--jobs 64 is more than this machine runs well (2 cores, 16.0 GB memory at 1 GB per worker); using 2',
    });
  });

  it('caps at one worker per gigabyte, and never below one', () => {
    expect(capJobs(undefined, { cores: 16, memoryBytes: 3.5 * GB })).toEqual({ jobs: 3 });
    expect(capJobs(undefined, { cores: 4, memoryBytes: 0.5 * GB })).toEqual({ jobs: 1 });
  });
});
