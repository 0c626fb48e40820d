/** The options page's list of the reader's corrections of wrong links, each with Undo. */
import { useMemo } from 'preact/hooks';
import { correctionKey, type Correction } from '../core/match/corrections.ts';
import { t } from '../shared/i18n.ts';
import type { Settings, SettingKey } from '../shared/settings-schema.ts';
import { CorrectionList, describeCorrection } from '../shared/ui/CorrectionList.tsx';
import type { GlossariesState } from './use-glossaries.ts';

export interface CorrectionsSectionProps {
  readonly settings: Settings;
  readonly save: <K extends SettingKey>(key: K, value: Settings[K]) => Promise<boolean>;
  readonly glossaries: GlossariesState;
  readonly onMessage: (text: string) => void;
}

export function CorrectionsSection({ settings, save, glossaries, onMessage }: CorrectionsSectionProps) {
  const labels = useMemo(() => {
    const known = new Map<string, string>();
    for (const card of glossaries.bundled) known.set(card.id, card.label);
    for (const glossary of glossaries.custom) for (const entry of glossary.entries) known.set(entry.id, entry.label);
    return known;
  }, [glossaries]);
  const undo = async (correction: Correction): Promise<void> => {
    const others = settings.corrections.filter((other) => correctionKey(other) !== correctionKey(correction));
    if (await save('corrections', others)) onMessage(t('popup_correction_undone', describeCorrection(correction, labels)));
  };
  return (
    <section class="card-section" id="corrections" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">{t('popup_corrections_heading')}</h2>
      <CorrectionList corrections={settings.corrections} labels={labels} onUndo={(correction) => void undo(correction)} empty={t('popup_corrections_empty')} />
    </section>
  );
}
