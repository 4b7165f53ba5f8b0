/** Words the generated labels are made of: short and long, some with accents. */
export const WORDS = Object.freeze([
  'API',
  'cache',
  'HTTP',
  'databases',
  'testing',
  'Git',
  'security',
  'queues',
  'containers',
  'observability',
  'indexes',
  'replication',
  'sharding',
  'authentication',
  'OAuth',
  'JWT',
  'WebSockets',
  'GraphQL',
  'REST',
  'gRPC',
  'Kubernetes',
  'Docker',
  'CI/CD',
  'linting',
  'profiling',
  'tracing',
  'metrics',
  'logging',
  'résumé',
  'naïve',
  'Straße',
  'and',
  'of',
  'the',
  'how',
  'to',
  'with',
  'basics',
  'advanced',
  'patterns',
] as const);

/** Words that cannot be broken at a space: they test cutting a word that is too wide. */
export const LONG_WORDS = Object.freeze([
  'Internationalization-and-localization',
  'Supercalifragilisticexpialidocious',
  'https://example.com/a/very/long/path/without/spaces',
] as const);

/** Text beyond the Latin script of the shipped font: measured with fallback widths. */
export const OTHER_SCRIPTS = Object.freeze([
  '数据库',
  'キャッシュ',
  '🚀 Deploy',
  'Ελληνικά',
  'Кэш',
] as const);
