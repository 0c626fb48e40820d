/**
 * The UI languages (English, French, Arabic) stay complete and consistent:
 * the same keys everywhere, the same placeholders, every key used somewhere,
 * and every key the code or the manifest asks for present.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../core/glossary/schema.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LOCALES_DIR = path.join(ROOT, 'assets/_locales');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (lang: string): Messages => JSON.parse(readFileSync(path.join(LOCALES_DIR, lang, 'messages.json'), 'utf8')) as Messages;
const en = read('en');
const placeholdersIn = (message: string): string[] => [...new Set([...message.matchAll(/\$([A-Z_]+)\$/gi)].map((m) => m[1]!.toLowerCase()))].sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [readFileSync(file, 'utf8')] : [];
  });
}

describe('locales', () => {
  it('ships English, French and Arabic', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual(['ar', 'en', 'fr']);
  });

  for (const lang of ['fr', 'ar']) {
    it(`${lang} has exactly the English keys, with the same placeholders`, () => {
      const other = read(lang);
      expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
      for (const [key, entry] of Object.entries(en)) {
        const translated = other[key]!;
        expect(translated.message.trim(), key).not.toBe('');
        expect(placeholdersIn(translated.message), key).toEqual(placeholdersIn(entry.message));
        expect(translated.placeholders, key).toEqual(entry.placeholders);
      }
    });
  }

  it('every placeholder a message uses is declared', () => {
    for (const [key, entry] of Object.entries(en)) {
      expect(placeholdersIn(entry.message), key).toEqual(Object.keys(entry.placeholders ?? {}).sort());
    }
  });

  it('declares each locale’s language and direction: Arabic right to left', () => {
    for (const [lang, direction] of [['en', 'ltr'], ['fr', 'ltr'], ['ar', 'rtl']] as const) {
      expect(read(lang)['ui_language']?.message).toBe(lang);
      expect(read(lang)['ui_direction']?.message).toBe(direction);
    }
  });

  it('has a singular and a plural name for every kind', () => {
    for (const kind of KINDS) {
      expect(en, kind).toHaveProperty(`kind_${kind}`);
      expect(en, kind).toHaveProperty(`kinds_${kind}`);
    }
  });

  it('has every message the manifest names', () => {
    const manifest = readFileSync(path.join(ROOT, 'manifest.json'), 'utf8');
    for (const [, key] of manifest.matchAll(/__MSG_(\w+)__/g)) expect(en, key).toHaveProperty(key!);
  });

  it('has no message of the popup, the options page or the import that nothing uses', () => {
    const code = sources(path.join(ROOT, 'src')).join('\n');
    const ours = /^(popup_|options_|error_|import_|problem_)/;
    const unused = Object.keys(en).filter((key) => ours.test(key) && !code.includes(`'${key}'`) && !code.includes(`"${key}"`));
    expect(unused).toEqual([]);
  });
});
