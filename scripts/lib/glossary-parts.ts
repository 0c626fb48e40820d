/**
 * The bundled glossary's source is packaged in parts: Firefox's add-on
 * linter refuses a text file over 5 MB ("too large to parse"), and the
 * source passed that with the Arabic and Chinese names. The first part is
 * `glossary.json`, in the documented format, and names the others; the
 * extension reads them together (src/shared/bundled-glossary.ts).
 */

/** A part stays under this many bytes of UTF-8, well below the linter's 5 MB. */
export const SOURCE_PART_BYTES = 3_500_000;

export interface SourcePart {
  readonly file: string;
  readonly text: string;
}

interface SourceEntry {
  readonly id: string;
}

/** The file name of part `index` (0 is the first part, the one the extension opens). */
export const sourcePartFile = (first: string, index: number): string => (index === 0 ? first : first.replace(/\.json$/u, `-${index + 1}.json`));

/** Split a glossary's entries into parts of at most `limit` bytes each (an entry is never split). */
export function splitSource(name: string, entries: readonly SourceEntry[], first: string, limit = SOURCE_PART_BYTES): SourcePart[] {
  const groups: SourceEntry[][] = [[]];
  let size = 0;
  for (const entry of entries) {
    const bytes = new TextEncoder().encode(JSON.stringify(entry)).length + 1;
    if (size + bytes > limit && groups.at(-1)!.length > 0) {
      groups.push([]);
      size = 0;
    }
    groups.at(-1)!.push(entry);
    size += bytes;
  }
  const files = groups.map((_, index) => sourcePartFile(first, index));
  return groups.map((group, index) => ({
    file: files[index]!,
    text: JSON.stringify(index === 0 ? { name, entries: group, ...(files.length > 1 ? { parts: files.slice(1) } : {}) } : { entries: group }),
  }));
}
