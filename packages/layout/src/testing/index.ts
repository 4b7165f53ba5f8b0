export { type GenerateOptions, generateRoadmap } from './generate-roadmap.js';
