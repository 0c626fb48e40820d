/**
 * The reader's settings: one typed schema with defaults, validated key by key
 * on every read so that a corrupted or unknown value falls back to its
 * default instead of breaking the extension.
 *
 * Stored in storage.sync (small values only; custom glossaries live in
 * storage.local, see custom-glossaries.ts).
 */
import * as v from 'valibot';
import { KINDS, type Kind } from '../core/glossary/schema.ts';

export const SETTINGS_VERSION = 1;

/** Stored as a plain record so that a kind added or removed in a later version does not void the reader's choices. */
const kindSwitches = v.pipe(
  v.record(v.string(), v.boolean()),
  v.transform((stored) => {
    const kinds = Object.fromEntries(KINDS.map((kind) => [kind, true])) as Record<Kind, boolean>;
    for (const kind of KINDS) if (typeof stored[kind] === 'boolean') kinds[kind] = stored[kind];
    return kinds;
  }),
);

/** Each key is validated on its own: one bad value never costs the others. */
export const SETTING_SCHEMAS = {
  enabled: v.boolean(),
  /** Hostnames where the reader turned Backgrounder off. */
  disabledSites: v.pipe(v.array(v.pipe(v.string(), v.maxLength(253))), v.maxLength(500)),
  density: v.picklist(['first', 'all']),
  kinds: kindSwitches,
  /** Entry ids the reader marked "I know this". */
  muted: v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(2000)),
  highlightStyle: v.picklist(['underline', 'background', 'hover']),
  theme: v.picklist(['auto', 'light', 'dark']),
  /** Milliseconds the pointer rests on a name before its card opens. */
  hoverDelay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2000)),
  badge: v.boolean(),
  /** Custom glossary ids (in storage.local) the reader switched off, and the bundled one as "bundled". */
  disabledGlossaries: v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(200)),
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
  disabledGlossaries: [],
});

export const SETTING_KEYS = Object.keys(SETTING_SCHEMAS) as SettingKey[];

/** Read settings from raw storage: every key valid or its default. */
export function parseSettings(raw: Readonly<Record<string, unknown>>): Settings {
  const settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  for (const key of SETTING_KEYS) {
    if (!Object.hasOwn(raw, key)) continue;
    const result = v.safeParse(SETTING_SCHEMAS[key], raw[key]);
    if (result.success) (settings as Record<SettingKey, unknown>)[key] = result.output;
  }
  return settings;
}

/** Validate one value before it is written; returns an error message or undefined. */
export function checkSetting<K extends SettingKey>(key: K, value: unknown): string | undefined {
  const result = v.safeParse(SETTING_SCHEMAS[key], value);
  return result.success ? undefined : `${key}: ${result.issues[0]?.message ?? 'invalid value'}`;
}

/** The key a site is stored under: its hostname without a leading "www.". */
export const siteKey = (hostname: string): string => hostname.toLowerCase().replace(/^www\./, '');

/** Is Backgrounder on for this hostname, given the settings? */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(siteKey(hostname));
}
