import { LAID_OUT_AFTER_FIRST_PAINT } from './laid-out';

// The whole stylesheet, inlined into every page: one round trip on 2G, nothing render-blocking; system
// fonts in few sizes and weights, each one a font the phone must set up before its first paint. Theme and
// text size come as <html data-theme data-size>, rendered from cookies, so a saved choice never repaints.

const early = LAID_OUT_AFTER_FIRST_PAINT.split(',')
  .map((s) => `.early ${s}:not([data-laid])`)
  .join(',');

export const criticalCss = `
:root{--bg:#fffdf8;--fg:#1b1b1b;--muted:#595959;--line:#d9d4c7;--accent:#8a2b06;--card:#f4f0e6;--na:#5b5b5b;--warn:#7a4b00;--warnbg:#fff1d6;color-scheme:light}
:root[data-theme=dark]{--bg:#121212;--fg:#eaeaea;--muted:#b0b0b0;--line:#3a3a3a;--accent:#ffab85;--card:#1e1e1e;--na:#c4c4c4;--warn:#ffd27a;--warnbg:#332500;color-scheme:dark}
@media (prefers-color-scheme:dark){:root:not([data-theme=light]){--bg:#121212;--fg:#eaeaea;--muted:#b0b0b0;--line:#3a3a3a;--accent:#ffab85;--card:#1e1e1e;--na:#c4c4c4;--warn:#ffd27a;--warnbg:#332500;color-scheme:dark}}
html[data-size=l]{font-size:112.5%}html[data-size=xl]{font-size:125%}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
main,.masthead,.situations,.foot{max-width:40rem;margin:0 auto;padding:0 1rem}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,summary:focus-visible,input:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:var(--bg);padding:.5rem}
.masthead{display:flex;align-items:center;justify-content:space-between;border-bottom:2px solid var(--fg);padding-top:.5rem;padding-bottom:.5rem}
.search{flex:1;display:flex;gap:.25rem;min-width:0}.masthead .search{margin:0 .5rem}.search input{flex:1;min-width:0;font:inherit}html:not(.app) .follow{display:none}
.brand{font-weight:700;font-size:1.25rem;text-decoration:none;color:var(--fg);letter-spacing:.02em}.langs a{font-size:.875rem;padding:.5rem 0 .5rem .5rem}
h1,h2,h3{line-height:1.25;margin:1.5rem 0 .5rem}
h1{font-size:1.625rem}h2{font-size:1.25rem}h3{font-size:1.0625rem}
.kicker{margin:1rem 0 0;text-transform:uppercase;font-size:.875rem;font-weight:700;letter-spacing:.06em;color:var(--accent)}
.briefing h1{margin-top:.25rem}
.standfirst{font-size:1.125rem;color:var(--muted);margin:.5rem 0}
.meta,.why,.reviewed,.card-lang,.translations{font-size:.875rem;color:var(--muted)}
.card-lang{margin:.5rem 0 0;font-weight:700}
.translations{margin:1rem 0 0}
.label-retracted,.flag{font-weight:700;color:var(--warn)}
.retraction,.overdue,.preview{background:var(--warnbg);color:var(--fg);border-left:4px solid var(--warn);padding:.5rem 1rem;margin:1rem 0}
.outlook{border-top:2px solid var(--fg);margin-top:2rem}
.question{font-weight:700;font-size:1.125rem}
.scenarios,.signposts,.cards,.sources ul,.corrections ul{list-style:none;padding:0}
.scenario{background:var(--card);border-radius:6px;padding:.25rem 1rem .75rem;margin:0 0 1rem}
.scenario h3{margin:.75rem 0 .25rem}
.n{display:inline-block;min-width:1.5rem;height:1.5rem;border-radius:50%;background:var(--fg);color:var(--bg);text-align:center;font-size:.875rem;line-height:1.5rem}
dl{margin:0}
dt{font-weight:700;font-size:.875rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin-top:.5rem}
dd{margin:0}dd ul{margin:0;padding-left:1.1rem}dd .why{display:block;line-height:1.45}
@media (min-width:34rem){dl{display:grid;grid-template-columns:6.5rem 1fr;gap:.25rem .75rem}dt{margin:0;padding-top:.2rem}}
.chip{display:inline-block;border:1px solid currentColor;border-radius:1rem;padding:0 .6rem;font-size:.875rem;font-weight:700}
.chip-na{color:var(--na);border-style:dashed}
.range{font-weight:400;white-space:nowrap}
.signpost{border-bottom:1px solid var(--line);padding:.25rem 0}
.signpost p{margin:.25rem 0}
.status{font-size:.875rem;white-space:nowrap;color:var(--muted)}
.status-observed{color:var(--fg);font-weight:700}
.effect{display:inline-block;margin-right:1rem;font-size:.875rem}
.role{font-weight:700}
.outlook-history ul{padding-left:1.1rem;font-size:1rem}figure{margin:1rem 0}.outlook-history li{margin:.25rem 0}
.glance{border-left:4px solid var(--accent);padding:0 .75rem;margin:1rem 0}.glance h2{font-size:1rem;margin:.5rem 0 0}.glance ul{margin:.25rem 0;padding-left:1.1rem}
summary{cursor:pointer;color:var(--accent)}.resolution{border-left:4px solid;padding:0 .75rem}
.card{border-bottom:1px solid var(--line);padding:.25rem 0 .75rem}
.card h2{margin:.75rem 0 .25rem}.card h2 a{color:var(--fg);text-decoration:none}
.card .standfirst{font-size:1rem;margin:.25rem 0}.card .meta{margin:.25rem 0}
.page-title{font-size:1.25rem}
.display p{margin:.25rem 0}.display a{display:inline-block;padding:.2rem 0}.display [aria-current]{font-weight:700;color:var(--fg)}
.foot{border-top:1px solid var(--line);margin-top:3rem;padding-bottom:2rem;font-size:.875rem;color:var(--muted)}
.bar{max-width:40rem;margin:0 auto;padding:.25rem 1rem;display:flex;gap:.5rem;align-items:center;font-size:.8125rem;line-height:1.35;color:var(--muted);min-height:2.75rem}
.app .appbar{min-height:2.75rem}
${early}{content-visibility:auto;contain-intrinsic-size:auto 20rem}
.bar .sync{flex:1;margin:0}
.dot{display:inline-block;width:.5rem;height:.5rem;border-radius:50%;background:var(--warn);margin-right:.35rem}
.btn{font:inherit;font-size:.8125rem;font-weight:700;border:1px solid var(--accent);color:var(--accent);background:none;border-radius:1rem;padding:.25rem .7rem;min-height:2rem;cursor:pointer}
.panel{max-width:40rem;margin:0 auto;padding:.25rem 1rem;background:var(--card);font-size:.875rem}
.toast{position:fixed;left:.75rem;right:.75rem;bottom:.75rem;max-width:28rem;margin:0 auto;background:var(--fg);color:var(--bg);border-radius:6px;padding:.5rem .5rem .5rem 1rem;display:flex;align-items:center;justify-content:space-between;gap:.75rem}
.tools{margin:2rem 0 0}.tools p{margin:.5rem 0}.btn[aria-pressed=true]{background:var(--accent);color:var(--bg)}
.toast .btn{color:var(--bg);border-color:var(--bg)}
@media (prefers-reduced-motion:reduce){*{transition:none!important;animation:none!important}}
`.replace(/\n/g, '');
