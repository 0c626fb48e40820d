/**
 * The hand-written setting checks against the valibot schemas they replaced
 * (kept here, as they were, as the reference): on generated values, near
 * valid and hostile, both accept the same values, give the same value to
 * use, and place the first problem at the same spot.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { KINDS, type Kind } from '../core/glossary/schema.ts';
import { correctionKey, EVERYWHERE, type Correction } from '../core/match/corrections.ts';
import { SETTING_GUARDS, SETTING_KEYS, siteKey, type SettingKey } from './settings-schema.ts';

const HOSTNAME = /^(?=.{1,253}$)[a-z0-9_-]+(?:\.[a-z0-9_-]+)*$|^\[[0-9a-f:.]+\]$/;
const ENTRY_ID = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const site = v.pipe(
  v.string(),
  v.check((value) => HOSTNAME.test(value) && value === siteKey(value)),
);
const uniqueList = <T extends v.GenericSchema<unknown, string>>(item: T, max: number) =>
  v.pipe(
    v.array(item),
    v.maxLength(max),
    v.check((items) => new Set(items).size === items.length),
  );
const correction = v.pipe(
  v.strictObject({
    entryId: ENTRY_ID,
    alias: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
    site: v.pipe(
      v.string(),
      v.check((value) => value === EVERYWHERE || (HOSTNAME.test(value) && value === siteKey(value))),
    ),
    relinkTo: v.optional(ENTRY_ID),
  }),
  v.transform(({ relinkTo, ...rest }): Correction => (relinkTo === undefined ? rest : { ...rest, relinkTo })),
);

/** The schemas of settings-schema.ts before the fifth pass of docs/page-work.md. */
const REFERENCE: Record<SettingKey, v.GenericSchema> = {
  enabled: v.boolean(),
  disabledSites: uniqueList(site, 500),
  density: v.picklist(['first', 'all']),
  kinds: v.pipe(
    v.record(v.string(), v.boolean()),
    v.transform((stored) => {
      const kinds = Object.fromEntries(KINDS.map((kind) => [kind, true])) as Record<Kind, boolean>;
      for (const kind of KINDS) if (Object.hasOwn(stored, kind) && typeof stored[kind] === 'boolean') kinds[kind] = stored[kind];
      return kinds;
    }),
  ),
  muted: uniqueList(ENTRY_ID, 2000),
  highlightStyle: v.picklist(['underline', 'background', 'hover']),
  theme: v.picklist(['auto', 'light', 'dark']),
  hoverDelay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2000)),
  badge: v.boolean(),
  showPossibleMatches: v.boolean(),
  disabledGlossaries: uniqueList(ENTRY_ID, 200),
  corrections: v.pipe(
    v.array(correction),
    v.maxLength(500),
    v.check((items) => new Set(items.map(correctionKey)).size === items.length),
  ),
};

const place = (issue: v.BaseIssue<unknown> | undefined): string =>
  (issue?.path ?? []).map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`)).join('');

const text = fc.oneof(
  fc.constantFrom('', 'bbc.com', 'www.bbc.com', 'BBC.com', 'news.bbc.co.uk', '[::1]', 'bbc.com.', '*', 'nato', 'bundled', '__proto__', 'constructor', 'a'.repeat(101), 'b'.repeat(201)),
  fc.string({ maxLength: 12 }),
  fc.stringMatching(/^[a-z0-9-]{1,8}(\.[a-z]{2,3})?$/),
);
const scalar = fc.oneof(
  text,
  fc.boolean(),
  fc.constantFrom(0, -0, 1, 300, 2000, 2001, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, null, undefined),
  fc.integer({ min: -10, max: 2100 }),
  fc.constantFrom('first', 'all', 'underline', 'background', 'hover', 'auto', 'light', 'dark', 'most'),
);
const correctionLike = fc.record(
  { entryId: fc.oneof(text, scalar), alias: fc.oneof(text, scalar), site: fc.oneof(text, scalar), relinkTo: fc.oneof(text, fc.constant(undefined), scalar), note: text },
  { requiredKeys: [] },
);
const validCorrection = fc.record(
  { entryId: fc.constantFrom('nato', 'un', 'hamas'), alias: fc.constantFrom('NATO', 'UN', 'rsf'), site: fc.constantFrom('*', 'bbc.com', 'lemonde.fr'), relinkTo: fc.constantFrom('un', 'nato') },
  { requiredKeys: ['entryId', 'alias', 'site'] },
);
const kindsLike = fc.dictionary(fc.oneof(fc.constantFrom(...KINDS, '__proto__', 'constructor', 'prototype'), fc.string({ maxLength: 6 })), fc.oneof(fc.boolean(), scalar), { maxKeys: 6 });
/** Values near every key's valid ones, and hostile ones. */
const anyValue = fc.oneof(
  scalar,
  fc.array(text, { maxLength: 6 }),
  fc.array(fc.oneof(text, scalar), { maxLength: 4 }),
  fc.array(fc.oneof(validCorrection, correctionLike, scalar), { maxLength: 4 }),
  fc.array(validCorrection, { maxLength: 4 }),
  kindsLike,
  fc.array(fc.boolean(), { maxLength: 3 }),
  fc.jsonValue({ maxDepth: 3 }),
);

describe('setting checks, against the valibot schemas they replaced', () => {
  it('accept and refuse the same values, give the same value, and place the first problem alike', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SETTING_KEYS), anyValue, (key, value) => {
        const expected = v.safeParse(REFERENCE[key], value);
        const actual = SETTING_GUARDS[key](value);
        expect(actual.ok, `${key} ${JSON.stringify(value)}`).toBe(expected.success);
        if (actual.ok && expected.success) expect(actual.value).toEqual(expected.output);
        if (!actual.ok && !expected.success) expect(actual.at).toBe(place(expected.issues[0]));
      }),
      { numRuns: 20_000 },
    );
  });

  it('see inherited fields as the schemas did', () => {
    const inherited = Object.create({ relinkTo: 'un' }) as Record<string, unknown>;
    Object.assign(inherited, { entryId: 'nato', alias: 'NATO', site: '*' });
    const kinds = Object.create({ person: false }) as Record<string, unknown>;
    Object.assign(kinds, { place: false });
    for (const [key, value] of [['corrections', [inherited]], ['kinds', kinds], ['kinds', [true, false]]] as const) {
      const expected = v.safeParse(REFERENCE[key], value);
      const actual = SETTING_GUARDS[key](value);
      expect(actual.ok).toBe(expected.success);
      if (actual.ok && expected.success) expect(actual.value).toEqual(expected.output);
    }
  });
});
