/**
 * The reader's settings: one typed record with defaults, checked key by key
 * on every read (settings-guards.ts) so that a corrupted or unknown value
 * falls back to its default instead of breaking the extension.
 *
 * Stored in storage.sync (small values only; custom glossaries live in
 * storage.local, see custom-glossaries.ts). Migrations between versions of
 * this schema are in settings-migrations.ts.
 */
import { KINDS, type Kind } from '../core/glossary/kinds.ts';
import { correctionKey, type Correction } from '../core/match/corrections.ts';
import {
  booleanGuard,
  correctionGuard,
  correctionsGuard,
  CORRECTIONS_MAX_ITEMS,
  hoverDelayGuard,
  kindSwitchesGuard,
  LIST_ITEM_CHECKS,
  LIST_MAX_ITEMS,
  listGuard,
  oneOf,
  siteKey,
  type Guard,
  type ListKey,
} from './settings-guards.ts';

export { LIST_ITEM_CHECKS, siteKey, type Checked, type Guard, type ListKey } from './settings-guards.ts';

/** Version 2 stores sites in their normalised form (see siteKey and the 1 → 2 migration). */
export const SETTINGS_VERSION = 2;

/**
 * storage.sync refuses an item larger than 8 KB (QUOTA_BYTES_PER_ITEM, in
 * Chrome and Firefox alike), counted as the key plus its JSON. Checked before
 * writing, so the reader gets a clear message instead of a quota error.
 */
export const SYNC_ITEM_MAX_BYTES = 8192;

export interface Settings {
  enabled: boolean;
  /** Hostnames where the reader turned Backgrounder off. */
  disabledSites: string[];
  density: 'first' | 'all';
  kinds: Record<Kind, boolean>;
  /** Entry ids the reader marked "I know this". */
  muted: string[];
  highlightStyle: 'underline' | 'background' | 'hover';
  /** "auto" follows the page's own colours. */
  theme: 'auto' | 'light' | 'dark';
  /** Milliseconds the pointer rests on a name before its card opens. */
  hoverDelay: number;
  badge: boolean;
  /** Mark names that several entries fit and nothing on the page decides, with a card to choose (off by default). */
  showPossibleMatches: boolean;
  /** Custom glossary ids (in storage.local) the reader switched off, and the bundled one as "bundled". */
  disabledGlossaries: string[];
  /** The reader's corrections of wrong links: a name unlinked on a site or everywhere, or relinked on a site. */
  corrections: Correction[];
}
export type SettingKey = keyof Settings;

/** Each key is checked on its own: one bad value never costs the others. */
export const SETTING_GUARDS: { readonly [K in SettingKey]: Guard<Settings[K]> } = {
  enabled: booleanGuard,
  disabledSites: listGuard('disabledSites'),
  density: oneOf('first', 'all'),
  kinds: kindSwitchesGuard,
  muted: listGuard('muted'),
  highlightStyle: oneOf('underline', 'background', 'hover'),
  theme: oneOf('auto', 'light', 'dark'),
  hoverDelay: hoverDelayGuard,
  badge: booleanGuard,
  showPossibleMatches: booleanGuard,
  disabledGlossaries: listGuard('disabledGlossaries'),
  corrections: correctionsGuard,
};

/** The valid corrections of a stored list that fails as a whole, the later of two with the same key kept. */
export function salvageCorrections(stored: readonly unknown[]): Correction[] {
  const kept = new Map<string, Correction>();
  for (const item of stored) {
    const result = correctionGuard(item);
    if (!result.ok) continue;
    const key = correctionKey(result.value);
    kept.delete(key);
    kept.set(key, result.value);
  }
  return [...kept.values()].slice(-CORRECTIONS_MAX_ITEMS);
}

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

export const SETTING_KEYS = Object.keys(SETTING_GUARDS) as SettingKey[];

const isListKey = (key: SettingKey): key is ListKey => Object.hasOwn(LIST_ITEM_CHECKS, key);

/**
 * What can be saved of a stored list that fails validation as a whole: its
 * valid items, once each (sites normalised first). One bad item, synced from
 * an older version or written by hand, does not cost the reader the others.
 */
export function salvageList(key: ListKey, stored: readonly unknown[]): string[] {
  const kept = new Set<string>();
  for (const item of stored) {
    const candidate = key === 'disabledSites' && typeof item === 'string' ? siteKey(item) : item;
    if (LIST_ITEM_CHECKS[key].test(candidate)) kept.add(candidate);
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
    const result = SETTING_GUARDS[key](value);
    if (result.ok) target[key] = result.value;
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
  const result = SETTING_GUARDS[key](value);
  if (!result.ok) return { reason: 'invalid', message: `${key}${result.at}: ${result.message}` };
  const bytes = new TextEncoder().encode(key + JSON.stringify(value)).byteLength;
  if (bytes > SYNC_ITEM_MAX_BYTES) return { reason: 'too-large', message: `${key}: ${bytes} bytes is more than storage.sync holds in one item (${SYNC_ITEM_MAX_BYTES})` };
  return undefined;
}

/** Is Backgrounder on for this hostname, given the settings? */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(siteKey(hostname));
}
