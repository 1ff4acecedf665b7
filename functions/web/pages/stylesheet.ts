/**
 * The app's one stylesheet, served from `/app/style.css` so that the CSP needs no inline
 * style. Phone first: one column, no element wider than the screen, 44 px touch targets.
 */
export const stylesheet = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;line-height:1.5;color:#1b1b1b;background:#fff}
body{margin:0;padding:0 1rem 2rem;max-width:48rem;margin-inline:auto;overflow-wrap:anywhere}
a{color:#0b4f9c}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #b35c00;outline-offset:2px}
.skip{position:absolute;inset-inline-start:-999rem}
.skip:focus{position:static;display:inline-block;padding:.5rem}
header{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between;padding:.75rem 0;border-bottom:1px solid #ccc}
header .brand{font-weight:700;font-size:1.25rem}
nav ul,.languages ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .5rem}
nav a,.languages a,.button-link{display:inline-flex;align-items:center;min-height:44px;min-width:44px;padding:.25rem .5rem}
nav a[aria-current],.languages a[aria-current]{font-weight:700}
.languages{font-size:.95rem}
.languages summary{display:flex;align-items:center;min-height:44px;padding:0 .5rem;cursor:pointer}
.languages[open]{flex-basis:100%}
.who{flex-basis:100%;margin:0}
.who .small{display:block}
.app-links{flex-basis:100%}
.at-risk{color:#a40000;font-weight:700}
h1{font-size:1.6rem;line-height:1.25}
h2{font-size:1.25rem}
button{font:inherit;min-height:44px;padding:.5rem 1.25rem;border:2px solid #0b4f9c;border-radius:.375rem;background:#0b4f9c;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#0b4f9c}
form{margin:1rem 0}
.field{margin:0 0 1rem}
.field label{display:block;font-weight:600}
.hint{display:block;color:#4a4a4a;font-size:.95rem}
.error{display:block;color:#a40000;font-weight:600}
input[type=text],input[type=email],input[type=date],select{font:inherit;width:100%;max-width:24rem;min-height:44px;padding:.375rem .5rem;border:1px solid #555;border-radius:.25rem;background:#fff;color:#1b1b1b}
[aria-invalid=true]{border:2px solid #a40000}
.check{display:flex;gap:.5rem;align-items:center;min-height:44px}
.check input{width:1.5rem;height:1.5rem;margin:0}
.notice{padding:.75rem 1rem;border-inline-start:4px solid #0b4f9c;background:#eef4fb}
.problems{padding:.75rem 1rem;border-inline-start:4px solid #a40000;background:#fdf0f0}
.matches,.cards{list-style:none;margin:0;padding:0}
.matches>li,.cards>li{border:1px solid #ccc;border-radius:.375rem;padding:.5rem 1rem;margin:0 0 .75rem}
.matches h2,.cards h2,.cards h3{margin:.25rem 0}
.list-form{display:flex;flex-wrap:wrap;gap:0 1rem;align-items:end}
.month-bars{display:block;max-width:25rem;margin:0 0 .5rem}
dl.figures{grid-template-columns:minmax(0,3fr) minmax(0,2fr)}
.months th[scope=row]{white-space:nowrap}
dl{display:grid;grid-template-columns:minmax(0,auto) minmax(0,1fr);gap:.125rem 1rem;margin:.25rem 0}
dt{color:#4a4a4a}
dd{margin:0}
.overdue{color:#a40000;font-weight:700}
.small{font-size:.9rem;color:#4a4a4a}
.reports li,.downloads li{margin:0 0 .5rem}
.report table{width:100%;border-collapse:collapse;margin:0 0 1.25rem;font-variant-numeric:tabular-nums}
.report caption{text-align:start;font-weight:600;padding:.25rem 0 .4rem}
.report th,.report td{padding:.4rem .5rem;border-bottom:1px solid #ddd;vertical-align:top;text-align:start}
.report thead th{font-size:.85rem}
.report tbody th{font-weight:400}
.report .value{text-align:end;white-space:nowrap}
.report td.missing,.report td.suppressed{white-space:normal;color:#4a4a4a;min-width:7rem}
.report span[lang=en]{display:block;font-size:.85em;color:#4a4a4a;font-weight:400}
.report h2 span[lang=en],.report caption span[lang=en],.report figcaption span[lang=en]{display:inline;margin-inline-start:.5em}
.report .dash,.report .note,.report .hint{display:block}
.report .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.report .table-scroll{overflow-x:auto;margin:0 0 1.25rem}
.report figure.chart{margin:0 0 1rem;padding:.5rem;border:1px solid #ddd;border-radius:.375rem}
.report figure.chart svg{display:block;width:100%;max-width:25rem;height:auto;margin:0 auto}
.report figcaption{font-weight:600;margin:0 0 .5rem}
.report .note-block{padding:.75rem 1rem;border-inline-start:4px solid #a8480f;background:#fdf3ec}
`;
