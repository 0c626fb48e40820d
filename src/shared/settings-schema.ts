/**
 * The reader's settings: one typed schema with defaults, validated key by key
 * on every read so that a corrupted or unknown value falls back to its
 * default instead of breaking the extension.
 *
 * Stored in storage.sync (small values only; custom glossaries live in
 * storage.local, see custom-glossaries.ts). Migrations between versions of
 * this schema are in settings-migrations.ts.
 */
import * as v from 'valibot';
import { KINDS, type Kind } from '../core/glossary/schema.ts';
import { correctionKey, EVERYWHERE, type Correction } from '../core/match/corrections.ts';

/** Version 2 stores sites in their normalised form (see siteKey and the 1 → 2 migration). */
export const SETTINGS_VERSION = 2;

/**
 * storage.sync refuses an item larger than 8 KB (QUOTA_BYTES_PER_ITEM, in
 * Chrome and Firefox alike), counted as the key plus its JSON. Checked before
 * writing, so the reader gets a clear message instead of a quota error.
 */
export const SYNC_ITEM_MAX_BYTES = 8192;

/** The key a site is stored under: its hostname in lower case, without a trailing dot or a leading "www.". */
export const siteKey = (hostname: string): string =>
  hostname
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');

const HOSTNAME = /^(?=.{1,253}$)[a-z0-9_-]+(?:\.[a-z0-9_-]+)*$|^\[[0-9a-f:.]+\]$/;

/** Stored as a plain record so that a kind added or removed in a later version does not void the reader's choices. */
const kindSwitches = v.pipe(
  v.record(v.string(), v.boolean()),
  v.transform((stored) => {
    const kinds = Object.fromEntries(KINDS.map((kind) => [kind, true])) as Record<Kind, boolean>;
    for (const kind of KINDS) if (Object.hasOwn(stored, kind) && typeof stored[kind] === 'boolean') kinds[kind] = stored[kind];
    return kinds;
  }),
);

/** The items of the list-valued settings; a list is valid when every item is. */
export const LIST_ITEM_SCHEMAS = {
  /** A hostname as siteKey writes it. */
  disabledSites: v.pipe(
    v.string(),
    v.check((site) => HOSTNAME.test(site) && site === siteKey(site), 'must be a hostname in lower case, without "www."'),
  ),
  /** An entry id. */
  muted: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  /** A glossary id: "bundled" or a custom glossary's id. */
  disabledGlossaries: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
} as const;
type ListKey = keyof typeof LIST_ITEM_SCHEMAS;

const LIST_MAX_ITEMS: Record<ListKey, number> = { disabledSites: 500, muted: 2000, disabledGlossaries: 200 };

const list = (key: ListKey) =>
  v.pipe(
    v.array(LIST_ITEM_SCHEMAS[key]),
    v.maxLength(LIST_MAX_ITEMS[key]),
    v.check((items) => new Set(items).size === items.length, 'must not list an item twice'),
  );

const ENTRY_ID = v.pipe(v.string(), v.minLength(1), v.maxLength(100));

/** One correction of a wrong link (see src/core/match/corrections.ts). */
export const correctionSchema = v.pipe(
  v.strictObject({
    entryId: ENTRY_ID,
    alias: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
    site: v.pipe(
      v.string(),
      v.check((site) => site === EVERYWHERE || (HOSTNAME.test(site) && site === siteKey(site)), 'must be "*" or a hostname in lower case, without "www."'),
    ),
    relinkTo: v.optional(ENTRY_ID),
  }),
  v.transform(({ relinkTo, ...rest }): Correction => (relinkTo === undefined ? rest : { ...rest, relinkTo })),
);

/** About 100 fit in one storage.sync item; past that `checkSetting` refuses the write with a message. */
const CORRECTIONS_MAX_ITEMS = 500;

const corrections = v.pipe(
  v.array(correctionSchema),
  v.maxLength(CORRECTIONS_MAX_ITEMS),
  v.check((items) => new Set(items.map(correctionKey)).size === items.length, 'must not correct the same name on the same site twice'),
);

/** The valid corrections of a stored list that fails as a whole, the later of two with the same key kept. */
export function salvageCorrections(stored: readonly unknown[]): Correction[] {
  const kept = new Map<string, Correction>();
  for (const item of stored) {
    const result = v.safeParse(correctionSchema, item);
    if (!result.success) continue;
    const key = correctionKey(result.output);
    kept.delete(key);
    kept.set(key, result.output);
  }
  return [...kept.values()].slice(-CORRECTIONS_MAX_ITEMS);
}

/** Each key is validated on its own: one bad value never costs the others. */
export const SETTING_SCHEMAS = {
  enabled: v.boolean(),
  /** Hostnames where the reader turned Backgrounder off. */
  disabledSites: list('disabledSites'),
  density: v.picklist(['first', 'all']),
  kinds: kindSwitches,
  /** Entry ids the reader marked "I know this". */
  muted: list('muted'),
  highlightStyle: v.picklist(['underline', 'background', 'hover']),
  /** "auto" follows the page's own colours. */
  theme: v.picklist(['auto', 'light', 'dark']),
  /** Milliseconds the pointer rests on a name before its card opens. */
  hoverDelay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2000)),
  badge: v.boolean(),
  /** Mark names that several entries fit and nothing on the page decides, with a card to choose (off by default). */
  showPossibleMatches: v.boolean(),
  /** Custom glossary ids (in storage.local) the reader switched off, and the bundled one as "bundled". */
  disabledGlossaries: list('disabledGlossaries'),
  /** The reader's corrections of wrong links: a name unlinked on a site or everywhere, or relinked on a site. */
  corrections,
} as const;

export type Settings = { -readonly [K in keyof typeof SETTING_SCHEMAS]: v.InferOutput<(typeof SETTING_SCHEMAS)[K]> };
export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  density: 'first',
  kinds: Object.fromEntries(KINDS.map((kind) => [kind, true])) as Record<Kind, boolean>,
  muted: [],
  highlightStyle: 'underline',
  theme: 'auto',
  hoverDelay: 300,
  badge: true,
  showPossibleMatches: false,
  disabledGlossaries: [],
  corrections: [],
});

export const SETTING_KEYS = Object.keys(SETTING_SCHEMAS) as SettingKey[];

const isListKey = (key: SettingKey): key is ListKey => Object.hasOwn(LIST_ITEM_SCHEMAS, key);

/**
 * What can be saved of a stored list that fails validation as a whole: its
 * valid items, once each (sites normalised first). One bad item, synced from
 * an older version or written by hand, does not cost the reader the others.
 */
export function salvageList(key: ListKey, stored: readonly unknown[]): string[] {
  const kept = new Set<string>();
  for (const item of stored) {
    const candidate = key === 'disabledSites' && typeof item === 'string' ? siteKey(item) : item;
    if (v.is(LIST_ITEM_SCHEMAS[key], candidate)) kept.add(candidate);
    if (kept.size === LIST_MAX_ITEMS[key]) break;
  }
  return [...kept];
}

/** The kind switches that can be read from a stored record that fails validation as a whole. */
function salvageKinds(stored: object): Record<Kind, boolean> {
  const kinds = structuredClone(DEFAULT_SETTINGS.kinds);
  for (const kind of KINDS) {
    const value: unknown = Object.hasOwn(stored, kind) ? (stored as Record<string, unknown>)[kind] : undefined;
    if (typeof value === 'boolean') kinds[kind] = value;
  }
  return kinds;
}

/** Read settings from raw storage: every key valid, salvaged or its default. */
export function parseSettings(raw: Readonly<Record<string, unknown>>): Settings {
  const settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  const target = settings as Record<SettingKey, unknown>;
  for (const key of SETTING_KEYS) {
    if (!Object.hasOwn(raw, key)) continue;
    const value = raw[key];
    const result = v.safeParse(SETTING_SCHEMAS[key], value);
    if (result.success) target[key] = result.output;
    else if (isListKey(key) && Array.isArray(value)) target[key] = salvageList(key, value);
    else if (key === 'kinds' && typeof value === 'object' && value !== null && !Array.isArray(value)) target[key] = salvageKinds(value);
    else if (key === 'corrections' && Array.isArray(value)) target[key] = salvageCorrections(value);
  }
  return settings;
}

/** Why a value cannot be written: it is invalid, or too large for one storage.sync item. */
export interface SettingProblem {
  readonly reason: 'invalid' | 'too-large';
  readonly message: string;
}

/** Validate one value before it is written. */
export function checkSetting<K extends SettingKey>(key: K, value: unknown): SettingProblem | undefined {
  const result = v.safeParse(SETTING_SCHEMAS[key], value);
  if (!result.success) return { reason: 'invalid', message: `${key}: ${result.issues[0]?.message ?? 'invalid value'}` };
  const bytes = new TextEncoder().encode(key + JSON.stringify(value)).byteLength;
  if (bytes > SYNC_ITEM_MAX_BYTES) return { reason: 'too-large', message: `${key}: ${bytes} bytes is more than storage.sync holds in one item (${SYNC_ITEM_MAX_BYTES})` };
  return undefined;
}

/** Is Backgrounder on for this hostname, given the settings? */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(siteKey(hostname));
}
