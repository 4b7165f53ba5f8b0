export { default } from '@roadmapkit/devkit/vitest';
