/**
 * The per-page chart: one column per corpus page (ordered by the amount of
 * text the content script reads), one series per measurement, times on a
 * log scale because they span four orders of magnitude (a TreeWalker pass
 * against mark.js). Hand-written SVG: no chart library for one figure.
 */

export interface Series {
  readonly name: string;
  readonly color: string;
  /** One value per page, in the chart's page order; NaN where not measured. */
  readonly values: readonly number[];
}

const WIDTH = 1060;
const HEIGHT = 520;
const MARGIN = { left: 64, right: 250, top: 56, bottom: 190 };

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function perPageChart(title: string, subtitle: string, pages: readonly string[], series: readonly Series[]): string {
  const values = series.flatMap((s) => s.values).filter((v) => Number.isFinite(v) && v > 0);
  const low = Math.floor(Math.log10(Math.min(...values, 1)));
  const high = Math.ceil(Math.log10(Math.max(...values, 10)));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (index: number) => MARGIN.left + (pages.length <= 1 ? plotWidth / 2 : (index / (pages.length - 1)) * plotWidth);
  const y = (value: number) => MARGIN.top + plotHeight - ((Math.log10(value) - low) / (high - low)) * plotHeight;

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<text x="${MARGIN.left}" y="22" font-size="15" font-weight="600">${escape(title)}</text>`,
    `<text x="${MARGIN.left}" y="40" fill="#555">${escape(subtitle)}</text>`,
  ];
  // Decades as solid grid lines, 2× and 5× as faint ones.
  for (let decade = low; decade <= high; decade++) {
    for (const factor of [1, 2, 5]) {
      const value = factor * 10 ** decade;
      if (Math.log10(value) > high) continue;
      const top = y(value).toFixed(1);
      parts.push(`<line x1="${MARGIN.left}" x2="${MARGIN.left + plotWidth}" y1="${top}" y2="${top}" stroke="${factor === 1 ? '#bbb' : '#eee'}"/>`);
      if (factor === 1 || high - low <= 3) parts.push(`<text x="${MARGIN.left - 6}" y="${top}" text-anchor="end" dominant-baseline="middle" fill="#444">${value >= 1 ? value : value.toPrecision(1)}</text>`);
    }
  }
  parts.push(`<text transform="translate(16 ${MARGIN.top + plotHeight / 2}) rotate(-90)" text-anchor="middle" fill="#444">milliseconds (log scale)</text>`);
  pages.forEach((page, index) => {
    const left = x(index).toFixed(1);
    parts.push(`<line x1="${left}" x2="${left}" y1="${MARGIN.top}" y2="${MARGIN.top + plotHeight}" stroke="#f3f3f3"/>`);
    parts.push(`<text transform="translate(${left} ${MARGIN.top + plotHeight + 8}) rotate(60)" fill="#444" font-size="10">${escape(page.replace(/\.html$/, ''))}</text>`);
  });
  for (const s of series) {
    const points = s.values.map((value, index) => (Number.isFinite(value) && value > 0 ? `${x(index).toFixed(1)},${y(value).toFixed(1)}` : undefined));
    // Break the line where a value is missing rather than bridging the gap.
    let run: string[] = [];
    const flush = () => {
      if (run.length > 1) parts.push(`<polyline points="${run.join(' ')}" fill="none" stroke="${s.color}" stroke-width="1.5" stroke-opacity="0.7"/>`);
      run = [];
    };
    for (const point of points) {
      if (point) run.push(point);
      else flush();
    }
    flush();
    for (const point of points) if (point) parts.push(`<circle cx="${point.split(',')[0]}" cy="${point.split(',')[1]}" r="3" fill="${s.color}"/>`);
  }
  series.forEach((s, index) => {
    const top = MARGIN.top + 10 + index * 20;
    const left = MARGIN.left + plotWidth + 16;
    parts.push(`<line x1="${left}" x2="${left + 18}" y1="${top}" y2="${top}" stroke="${s.color}" stroke-width="2"/><circle cx="${left + 9}" cy="${top}" r="3" fill="${s.color}"/>`);
    parts.push(`<text x="${left + 24}" y="${top}" dominant-baseline="middle">${escape(s.name)}</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
