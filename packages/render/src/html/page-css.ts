/**
 * The reader page's stylesheet (fixed text: the CSP allows it by hash). Without script the
 * page is a plain document (the picture scrolls, every topic is a section below it); the
 * `js` class on the root turns the picture into a pan-and-zoom view with a topic panel.
 */
export const PAGE_CSS = `
:root{color-scheme:light dark;--fg:#111827;--bg:#fff;--muted:#4b5563;--line:#d1d5db;--link:#1d4ed8;--focus:#1d4ed8;--panel:#f9fafb;--done:#15803d;--learning:#b45309}
@media (prefers-color-scheme:dark){:root:not([data-theme=light]){--fg:#e5e7eb;--bg:#0f172a;--muted:#9ca3af;--line:#334155;--link:#93c5fd;--focus:#fbbf24;--panel:#111c33;--done:#4ade80;--learning:#fbbf24}}
:root[data-theme=light]{color-scheme:light}
:root[data-theme=dark]{color-scheme:dark;--fg:#e5e7eb;--bg:#0f172a;--muted:#9ca3af;--line:#334155;--link:#93c5fd;--focus:#fbbf24;--panel:#111c33;--done:#4ade80;--learning:#fbbf24}
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 Inter,system-ui,sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--link)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.rk-skip{position:absolute;inset-inline-start:.5rem;top:.5rem;transform:translateY(-100vh);z-index:30;background:var(--bg);padding:.5rem 1rem}
.rk-skip:focus{transform:none}
.rk-bar{position:sticky;top:0;z-index:10;display:flex;flex-wrap:wrap;align-items:center;gap:.4rem .9rem;padding:.45rem 1rem;background:var(--bg);border-bottom:1px solid var(--line)}
.rk-bar h1{font-size:1.15rem;line-height:1.3;margin:0}
:root:not(.js) .rk-js{display:none!important}
.rk-meter{display:flex;align-items:center;gap:.5rem;font-size:.9rem}
.rk-meter progress{width:7rem;accent-color:var(--done)}
.rk-find{position:relative}
.rk-find input{font:inherit;font-size:.95rem;padding:.25rem .5rem;width:14rem;max-width:60vw;border:1px solid var(--muted);border-radius:.375rem;background:var(--bg);color:var(--fg)}
#rk-results{position:absolute;z-index:15;inset-inline-start:0;top:100%;margin:.25rem 0 0;padding:.25rem;list-style:none;min-width:100%;max-height:50vh;overflow:auto;background:var(--bg);border:1px solid var(--line);border-radius:.375rem;box-shadow:0 8px 24px #0003}
#rk-results button{display:block;width:100%;text-align:start}
.rk-bar button,.rk-panel button,.rk-bar select,#rk-results button{font:inherit;font-size:.9rem;color:var(--fg);background:var(--panel);border:1px solid var(--line);border-radius:.375rem;padding:.2rem .6rem;cursor:pointer}
.rk-tools{display:flex;flex-wrap:wrap;gap:.3rem;align-items:center}
.rk-more summary{cursor:pointer;font-size:.9rem}
.rk-more[open]>div{position:absolute;inset-inline-end:1rem;z-index:25;display:grid;gap:.5rem;padding:.75rem;background:var(--bg);border:1px solid var(--line);border-radius:.5rem;box-shadow:0 8px 24px #0003;max-width:20rem;font-size:.9rem}
.rk-viewport{overflow:auto;border-bottom:1px solid var(--line);direction:ltr}
#rk-stage{position:relative;width:max-content;margin:0 auto}
.rk-rest{position:absolute;left:0;top:0;pointer-events:none}.rk-rest>*{pointer-events:auto}
.js:not(.rk-whole) #rk-stage .rk-rest{display:none}
#rk-stage svg{display:block}
.js .rk-viewport{position:relative;overflow:hidden;height:calc(100vh - 6.5rem);min-height:18rem;touch-action:none;cursor:grab;user-select:none}
.js #rk-stage{margin:0;touch-action:none;user-select:none;transform-origin:0 0}
.js #rk-stage svg{max-width:none}
svg :is(.rk-topic,.rk-subtopic){cursor:pointer}
svg :is(.rk-topic,.rk-subtopic):focus{outline:none}
svg :is(.rk-topic,.rk-subtopic):focus-visible .rk-box{stroke:var(--focus)!important;stroke-width:5px!important}
svg .rk-done .rk-box{opacity:.5}
svg .rk-done text{text-decoration:line-through;opacity:.75}
svg .rk-done .rk-glyphs{opacity:.75}
svg .rk-learning .rk-box{stroke:var(--learning)!important;stroke-width:4px!important;stroke-dasharray:9 4}
svg .rk-skipped{opacity:.35}
.rk-searching :is(.rk-topic,.rk-subtopic):not(.rk-match){opacity:.18}
.rk-panel{position:fixed;z-index:20;top:var(--bar,0);inset-inline-end:0;bottom:0;width:min(28rem,100%);overflow:auto;padding:1rem 1.25rem 2rem;background:var(--bg);border-inline-start:1px solid var(--line);box-shadow:-8px 0 24px #0003}
[dir=rtl] .rk-panel{box-shadow:8px 0 24px #0003}
.rk-panel[hidden]{display:none}
.rk-panel h2{margin:.25rem 0 .5rem;margin-inline-end:2.5rem;font-size:1.4rem;line-height:1.25}
.rk-panel h2:focus{outline:none}
.rk-close{position:absolute;top:.75rem;inset-inline-end:.75rem}
.rk-marks{display:flex;flex-wrap:wrap;gap:.35rem;margin:.25rem 0}
.rk-marks button[aria-pressed=true]{background:var(--fg);color:var(--bg);border-color:var(--fg)}
.rk-status{font-size:.9rem;color:var(--muted);margin:.25rem 0 .75rem}
@media (max-width:640px){
.rk-bar{padding:.35rem .6rem;gap:.3rem .6rem}.rk-bar h1{font-size:1rem;width:100%}
.rk-find input{width:11rem}.rk-meter progress{width:4.5rem}
.rk-panel,[dir=rtl] .rk-panel{top:auto;inset-inline-start:0;width:auto;max-height:72vh;border-inline-start:0;border-top:1px solid var(--line);border-radius:1rem 1rem 0 0;box-shadow:0 -8px 24px #0004}}
main{max-width:72rem;margin:0 auto;padding:1rem 1.5rem}
.js:not(.rk-shown) main{display:none}
.js:not(.rk-shown){overflow-y:scroll}
main>section{content-visibility:auto;contain-intrinsic-size:auto 40rem}
main:focus{outline:none}
h2{margin-top:2.5rem;border-bottom:1px solid var(--line)}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}.legend svg{margin-inline-end:.4em;vertical-align:-.1em}
.rk-article{margin:1.5rem 0;padding-top:.25rem;scroll-margin-top:4rem;content-visibility:auto;contain-intrinsic-size:auto 9rem}.rk-article h3{margin-bottom:.25rem}
.rk-article.rk-done .rk-label{text-decoration:line-through}
.tag{font-size:.85em;color:var(--muted)}.rk-resources h4,.rk-article-body h4{margin:.75rem 0 .25rem;font-size:1rem}
.rk-resources ul{margin:0;padding-inline-start:1.25rem}
pre{overflow:auto;padding:.75rem;background:var(--panel);border-radius:.375rem}
table{border-collapse:collapse}th,td{border:1px solid var(--line);padding:.25rem .5rem}
blockquote{margin:0;padding-inline-start:1rem;border-inline-start:3px solid var(--line);color:var(--muted)}
@media print{
.rk-bar{position:static}.rk-js,.rk-skip,.rk-panel,#rk-results{display:none!important}
.rk-viewport,.js .rk-viewport{height:auto!important;overflow:visible!important;border:0}
.js main{display:block!important}
#rk-stage,.js #rk-stage{transform:none!important;width:auto}
#rk-stage svg{width:100%;height:auto}
.rk-article{break-inside:avoid}a{color:inherit}}
`.trim();
