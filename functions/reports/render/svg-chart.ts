import { parse, View } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { compile } from 'vega-lite';
import { escapeHtml } from '../../../shared/email/escape-html';

/**
 * Renders a Vega-Lite chart to an SVG string on the server, without a browser and without
 * `canvas` (Vega then estimates text widths). The SVG is inlined into the report pages, so it
 * must not refer to anything outside itself, and its element ids must not clash with those of
 * the other charts on the same page: ids are renamed after the chart's `idPrefix`.
 */

/** Vega-Lite's warnings (e.g. about an empty domain) are not errors of the report. */
const quietLogger = {
  level(): number {
    return 0;
  },
  warn() {
    return this;
  },
  info() {
    return this;
  },
  debug() {
    return this;
  },
  error(...messages: readonly unknown[]): never {
    throw new Error(`Vega-Lite: ${messages.map(String).join(' ')}`);
  },
};

const svgNamespace = 'http://www.w3.org/2000/svg';

/**
 * Guards against anything that would make the page load a resource: links, images, foreign
 * content, scripts, CSS url() other than fragment references, any URL but the SVG namespace.
 */
function assertSelfContained(svg: string): void {
  const withoutNamespace = svg.replace(`xmlns="${svgNamespace}"`, '');
  const forbidden: readonly [RegExp, string][] = [
    [/https?:|\/\//i, 'a URL'],
    [/href\s*=/i, 'a link'],
    [/<(image|foreignObject|script|style|a)\b/i, 'an external-capable element'],
    [/url\(\s*(?!#)/i, 'a url() that is not a fragment'],
    [/@import/i, 'an @import'],
  ];
  for (const [pattern, what] of forbidden) {
    if (pattern.test(withoutNamespace)) throw new Error(`chart SVG contains ${what}`);
  }
}

/**
 * Renames every id (and every `url(#id)` reference) to `<idPrefix>-<n>`, numbered in order of
 * appearance: Vega numbers its clip paths with a counter global to the process, so this also
 * makes the same report render to the same page every time.
 */
function renumberIds(svg: string, idPrefix: string): string {
  const ids = new Map<string, string>();
  const rename = (id: string): string => {
    let renamed = ids.get(id);
    if (renamed === undefined) {
      renamed = `${idPrefix}-${ids.size + 1}`;
      ids.set(id, renamed);
    }
    return renamed;
  };
  return svg
    .replace(/\bid="([^"]+)"/g, (_match, id: string) => `id="${rename(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_match, id: string) => `url(#${rename(id)})`);
}

/**
 * One image to assistive technology, named by the chart's description in the page's language;
 * the roles Vega gives its groups ("group mark container") would be read out in English.
 */
const asImage = (svg: string, description: string): string =>
  svg.replace(/^<svg /, `<svg role="img" aria-label="${escapeHtml(description)}" `);

export async function renderChartSvg(spec: TopLevelSpec, idPrefix: string): Promise<string> {
  const { spec: vegaSpec } = compile(spec, { logger: quietLogger });
  const view = new View(parse(vegaSpec), { renderer: 'none', logLevel: 0 });
  try {
    const svg = await view.toSVG();
    // Inline SVG in HTML needs no namespaces; xlink is not used by these charts.
    const cleaned = renumberIds(svg.replace(/\s+xmlns:xlink="[^"]*"/, ''), idPrefix);
    assertSelfContained(cleaned);
    return spec.description ? asImage(cleaned, spec.description) : cleaned;
  } finally {
    view.finalize();
  }
}
