/**
 * The entries of a page report, grouped by kind for "On this page": one row
 * per entry with how many times it is mentioned, groups in the order of KINDS
 * and entries in the order they first appear on the page. `counts` are the
 * page's own counts where the report has them (with "first mention" density
 * only one mention of each entry is marked, so the marks alone say 1).
 */
import { KINDS, type Kind } from '../core/glossary/schema.ts';
import type { ReportedMention } from '../shared/messages.ts';

export interface EntryRow {
  readonly entryId: string;
  readonly label: string;
  readonly count: number;
}

export interface KindGroup {
  readonly kind: Kind;
  readonly entries: readonly EntryRow[];
}

export function groupMentions(mentions: readonly ReportedMention[], counts?: Readonly<Record<string, number>>): KindGroup[] {
  const rows = new Map<string, { row: EntryRow; kind: Kind }>();
  for (const mention of mentions) {
    const known = rows.get(mention.entryId);
    if (known) rows.set(mention.entryId, { ...known, row: { ...known.row, count: known.row.count + 1 } });
    else rows.set(mention.entryId, { kind: mention.kind, row: { entryId: mention.entryId, label: mention.label, count: 1 } });
  }
  const counted = (row: EntryRow): EntryRow => {
    const count = counts && Object.hasOwn(counts, row.entryId) ? counts[row.entryId] : undefined;
    return count !== undefined && count > row.count ? { ...row, count } : row;
  };
  return KINDS.map((kind) => ({ kind, entries: [...rows.values()].filter((item) => item.kind === kind).map((item) => counted(item.row)) })).filter(
    (group) => group.entries.length > 0,
  );
}
