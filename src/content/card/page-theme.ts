/**
 * Light or dark card: the reader's setting, else the page's own background
 * where the mention sits (dark pages get a dark card), else the OS scheme.
 */

export type ThemeSetting = 'auto' | 'light' | 'dark';

/** Relative luminance of a computed CSS colour, or undefined when it is (nearly) transparent. */
export function luminance(color: string): number | undefined {
  const match = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+%?))?\)/.exec(color);
  if (!match) return undefined;
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : parseFloat(match[4]);
  if (alpha < 0.5) return undefined;
  const [r, g, b] = [match[1], match[2], match[3]].map((c) => {
    const s = Number(c) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Should the card be dark for a mention inside `element`? */
export function prefersDarkCard(setting: ThemeSetting, element: Element | null, view: Window): boolean {
  if (setting !== 'auto') return setting === 'dark';
  for (let node = element; node; node = node.parentElement) {
    const value = luminance(view.getComputedStyle(node).backgroundColor);
    if (value !== undefined) return value < 0.25;
  }
  const root = luminance(view.getComputedStyle(view.document.documentElement).backgroundColor);
  if (root !== undefined) return root < 0.25;
  // No background anywhere: the canvas is white unless the page opts into a dark scheme.
  const scheme = view.getComputedStyle(view.document.documentElement).colorScheme;
  return scheme.includes('dark') && view.matchMedia('(prefers-color-scheme: dark)').matches;
}
