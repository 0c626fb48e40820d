/**
 * The reader's corrections of wrong links, kept in the `corrections` setting
 * (storage.sync: a few dozen bytes each, so about a hundred fit in one 8 KB
 * item; past that the write is refused with a message and nothing changes).
 * Content scripts follow the setting and re-mark at once. A choice among
 * possible matches is one of them (src/shared/possible-match-choice.ts).
 */
import { correctionKey, type Correction } from '../core/match/corrections.ts';
import { correctionsWithChoice, type NamedCandidate } from './possible-match-choice.ts';
import { loadSettings, saveSetting } from './settings.ts';

/** Add a correction, replacing one for the same name on the same site. Rejects with a StorageWriteError. */
export async function addCorrection(correction: Correction): Promise<void> {
  const { corrections } = await loadSettings();
  const key = correctionKey(correction);
  await saveSetting('corrections', [...corrections.filter((other) => correctionKey(other) !== key), correction]);
}

/** Undo a correction (the one with the same name and site). Rejects with a StorageWriteError. */
export async function removeCorrection(correction: Correction): Promise<void> {
  const { corrections } = await loadSettings();
  const key = correctionKey(correction);
  await saveSetting('corrections', corrections.filter((other) => correctionKey(other) !== key));
}

/** Save a choice among possible matches (the chooser card's buttons). Rejects with a StorageWriteError. */
export async function saveChoice(candidates: readonly NamedCandidate[], chosen: NamedCandidate, site: string): Promise<void> {
  const { corrections } = await loadSettings();
  await saveSetting('corrections', correctionsWithChoice(corrections, candidates, chosen, site));
}
