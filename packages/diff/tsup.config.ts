export { default } from '@roadmapkit/devkit/tsup';
