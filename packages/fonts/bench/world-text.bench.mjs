// biome-ignore-all lint/suspicious/noConsole: a benchmark script prints its results.
// Measures and wraps 150 Chinese and 150 Arabic roadmap labels (cold: fallback fonts loaded
// on first use; then warm), and wraps one 20,000-letter word. Also the cost of the fallback
// chain for Latin text (none: it is never built). Run after `pnpm run build`:
// node bench/world-text.bench.mjs
import { performance } from 'node:perf_hooks';
import { createMeasurer } from '../dist/index.js';

const cjk = [
  '数据库',
  '网络',
  '请求',
  '异步',
  '编程',
  '框架',
  '状态',
  '管理',
  '前端',
  '路由',
  '测试',
  '构建',
  '工具',
  '样式',
  '布局',
  '响应式',
  '设计',
  '安全',
  '缓存',
  '部署',
  '容器',
  '服务器',
  '接口',
  '认证',
  '性能',
  '监控',
  '日志',
  '版本',
  '控制',
  '算法',
];
const arabic = [
  'قواعد',
  'البيانات',
  'الشبكة',
  'الخادم',
  'البرمجة',
  'واجهات',
  'التطبيقات',
  'الأمان',
  'الاختبار',
  'النشر',
  'الأداء',
  'التخزين',
  'المؤقت',
  'الحاويات',
  'المصادقة',
  'التصميم',
  'الأنماط',
  'لغة',
  'تعلم',
  'أساسيات',
];

/** 150 labels of two to five words, the same every run. */
function labels(words, joiner, mix) {
  const out = [];
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  for (let i = 0; i < 150; i++) {
    const count = 2 + (next() % 4);
    const parts = [];
    for (let k = 0; k < count; k++) parts.push(words[next() % words.length]);
    if (i % 5 === 0) parts.push(mix);
    out.push(parts.join(joiner));
  }
  return out;
}

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];

function pass(measurer, list) {
  for (const [i, label] of list.entries()) {
    const style = { size: 14, weight: i % 5 === 0 ? 'bold' : 'regular' };
    measurer.measureText(label, style);
    measurer.wrapText(label, { ...style, maxWidth: 160 });
  }
}

for (const [name, list] of [
  ['CJK', labels(cjk, '', 'API 2.0')],
  ['Arabic', labels(arabic, ' ', 'REST API')],
]) {
  const measurer = createMeasurer();
  const cold = performance.now();
  pass(measurer, list);
  const coldMs = performance.now() - cold;
  const warm = [];
  for (let run = 0; run < 30; run++) {
    const start = performance.now();
    pass(measurer, list);
    warm.push(performance.now() - start);
  }
  console.log(
    `measure + wrap of 150 ${name} labels: cold ${coldMs.toFixed(0)} ms (fonts loaded on first use), warm ${median(warm).toFixed(2)} ms (median of 30)`,
  );
}

{
  const measurer = createMeasurer();
  const word = 'abcdefghij'.repeat(2000);
  measurer.wrapText('warm up', { size: 14, maxWidth: 100 });
  const start = performance.now();
  const lines = measurer.wrapText(word, { size: 14, maxWidth: 100 }).lines.length;
  console.log(
    `wrap of a 20,000-letter word: ${(performance.now() - start).toFixed(1)} ms, ${lines} lines`,
  );
  const cjkWord = '数据库'.repeat(6667);
  const startCjk = performance.now();
  const cjkLines = measurer.wrapText(cjkWord, { size: 14, maxWidth: 100 }).lines.length;
  console.log(
    `wrap of 20,000 ideographs: ${(performance.now() - startCjk).toFixed(1)} ms, ${cjkLines} lines`,
  );
}

{
  const start = performance.now();
  const measurer = createMeasurer();
  pass(measurer, labels(['Learn', 'Git', 'HTTP', 'databases', 'APIs', 'caching'], ' ', 'REST'));
  console.log(
    `150 Latin labels with a fresh measurer: ${(performance.now() - start).toFixed(0)} ms (the fallback chain is never built)`,
  );
}
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
