/** Small statistics over per-page samples: medians and worst cases are what the report shows. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function max(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : Math.max(...values);
}

/** Median and worst over pages, and which page was worst. */
export interface Spread {
  readonly median: number;
  readonly worst: number;
  readonly worstPage: string;
}

export function spread(rows: ReadonlyArray<{ page: string; value: number }>): Spread {
  const finite = rows.filter((row) => Number.isFinite(row.value));
  let worst = finite[0];
  for (const row of finite) if (row.value > worst!.value) worst = row;
  return { median: median(finite.map((row) => row.value)), worst: worst?.value ?? Number.NaN, worstPage: worst?.page ?? '' };
}

/** Round for output: enough digits to compare, no float noise in the JSON. */
export const round = (value: number, digits = 2): number => (Number.isFinite(value) ? Number(value.toFixed(digits)) : value);
