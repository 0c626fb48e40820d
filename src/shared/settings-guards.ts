/**
 * Hand-written checks of the settings' values, one per key: what is valid,
 * and the value to use (the kind switches filled in, a correction without an
 * empty `relinkTo`). Every context reads settings, the content script on
 * every page: a schema library there was compiled and run on every cold page
 * before marking could start (docs/page-work.md, fifth pass), so these are
 * plain functions. They accept exactly what the valibot schemas they
 * replaced accepted (settings-guards.property.test.ts compares the two).
 */
import { KINDS, type Kind } from '../core/glossary/kinds.ts';
import { correctionKey, EVERYWHERE, type Correction } from '../core/match/corrections.ts';

/** A value read: the value to use, or why it is refused and where in it (`[2]`, `[0].site`; empty for the whole). */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string; readonly at: string };
export type Guard<T> = (input: unknown) => Checked<T>;

const valid = <T>(value: T): Checked<T> => ({ ok: true, value });
const invalid = (message: string, at = ''): Checked<never> => ({ ok: false, message, at });

/** The key a site is stored under: its hostname in lower case, without a trailing dot or a leading "www.". */
export const siteKey = (hostname: string): string =>
  hostname
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');

const HOSTNAME = /^(?=.{1,253}$)[a-z0-9_-]+(?:\.[a-z0-9_-]+)*$|^\[[0-9a-f:.]+\]$/;
const isSite = (site: string): boolean => HOSTNAME.test(site) && site === siteKey(site);

/** A string of `min` to `max` UTF-16 code units. */
const isText = (value: unknown, min: number, max: number): value is string => typeof value === 'string' && value.length >= min && value.length <= max;
/** Any object, arrays included, as the schemas' object and record checks took it. */
const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

export const booleanGuard: Guard<boolean> = (input) => (typeof input === 'boolean' ? valid(input) : invalid('must be true or false'));

export const oneOf =
  <T extends string>(...options: readonly T[]): Guard<T> =>
  (input) =>
    options.includes(input as T) ? valid(input as T) : invalid(`must be one of ${options.map((option) => `"${option}"`).join(', ')}`);

export const hoverDelayGuard: Guard<number> = (input) =>
  typeof input === 'number' && Number.isInteger(input) && input >= 0 && input <= 2000 ? valid(input) : invalid('must be a whole number of milliseconds from 0 to 2000');

/** Stored as a plain record so that a kind added or removed in a later version does not void the reader's choices. */
export const kindSwitchesGuard: Guard<Record<Kind, boolean>> = (input) => {
  if (!isObject(input)) return invalid('must be an object of true or false by kind');
  const stored = input as Record<string, unknown>;
  for (const key in stored) {
    if (!Object.hasOwn(stored, key) || key === '__proto__' || key === 'prototype' || key === 'constructor') continue;
    if (typeof stored[key] !== 'boolean') return invalid('must be true or false', `.${key}`);
  }
  const kinds = Object.fromEntries(KINDS.map((kind) => [kind, true])) as Record<Kind, boolean>;
  for (const kind of KINDS) if (Object.hasOwn(stored, kind) && typeof stored[kind] === 'boolean') kinds[kind] = stored[kind];
  return valid(kinds);
};

/** The list-valued settings whose items are strings, and what makes an item valid. */
export const LIST_ITEM_CHECKS = {
  /** A hostname as siteKey writes it. */
  disabledSites: { test: (item: unknown): item is string => typeof item === 'string' && isSite(item), message: 'must be a hostname in lower case, without "www."' },
  /** An entry id. */
  muted: { test: (item: unknown): item is string => isText(item, 1, 100), message: 'must be an entry id of 1 to 100 characters' },
  /** A glossary id: "bundled" or a custom glossary's id. */
  disabledGlossaries: { test: (item: unknown): item is string => isText(item, 1, 100), message: 'must be a glossary id of 1 to 100 characters' },
} as const;
export type ListKey = keyof typeof LIST_ITEM_CHECKS;

export const LIST_MAX_ITEMS: Readonly<Record<ListKey, number>> = { disabledSites: 500, muted: 2000, disabledGlossaries: 200 };

export const listGuard =
  (key: ListKey): Guard<string[]> =>
  (input) => {
    if (!Array.isArray(input)) return invalid('must be a list');
    const { test, message } = LIST_ITEM_CHECKS[key];
    const index = input.findIndex((item) => !test(item));
    if (index !== -1) return invalid(message, `[${index}]`);
    if (input.length > LIST_MAX_ITEMS[key]) return invalid(`must have at most ${LIST_MAX_ITEMS[key]} items`);
    if (new Set(input).size !== input.length) return invalid('must not list an item twice');
    return valid([...(input as string[])]);
  };

const CORRECTION_FIELDS = new Set(['entryId', 'alias', 'site', 'relinkTo']);

/** One correction of a wrong link (see src/core/match/corrections.ts); a `relinkTo` of undefined is dropped. */
export const correctionGuard: Guard<Correction> = (input) => {
  if (!isObject(input)) return invalid('must be an object');
  const item = input as Record<string, unknown>;
  if (!('entryId' in item) || !isText(item['entryId'], 1, 100)) return invalid('must be an entry id of 1 to 100 characters', '.entryId');
  if (!('alias' in item) || !isText(item['alias'], 1, 200)) return invalid('must be a name of 1 to 200 characters', '.alias');
  const site = 'site' in item ? item['site'] : undefined;
  if (typeof site !== 'string' || (site !== EVERYWHERE && !isSite(site))) return invalid('must be "*" or a hostname in lower case, without "www."', '.site');
  const relinkTo = 'relinkTo' in item ? item['relinkTo'] : undefined;
  if (relinkTo !== undefined && !isText(relinkTo, 1, 100)) return invalid('must be an entry id of 1 to 100 characters', '.relinkTo');
  for (const key in item) if (!CORRECTION_FIELDS.has(key)) return invalid('is not a field of a correction', `.${key}`);
  const correction = { entryId: item['entryId'], alias: item['alias'], site };
  return valid(relinkTo === undefined ? correction : { ...correction, relinkTo });
};

/** About 100 fit in one storage.sync item; past that `checkSetting` refuses the write with a message. */
export const CORRECTIONS_MAX_ITEMS = 500;

export const correctionsGuard: Guard<Correction[]> = (input) => {
  if (!Array.isArray(input)) return invalid('must be a list');
  const corrections: Correction[] = [];
  for (const [index, item] of input.entries()) {
    const checked = correctionGuard(item);
    if (!checked.ok) return invalid(checked.message, `[${index}]${checked.at}`);
    corrections.push(checked.value);
  }
  if (corrections.length > CORRECTIONS_MAX_ITEMS) return invalid(`must have at most ${CORRECTIONS_MAX_ITEMS} items`);
  if (new Set(corrections.map(correctionKey)).size !== corrections.length) return invalid('must not correct the same name on the same site twice');
  return valid(corrections);
};
