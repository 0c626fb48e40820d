/**
 * Credit for the open data sets that built-in entries are generated from,
 * and the word lists the matcher ships or the glossary is built with: their
 * licences (CC BY 4.0 for GeoNames, MIT, CC BY-SA 4.0 and LGPL-3.0 for the
 * word lists) ask for attribution where the data is used. The list matches docs/data-sources.md.
 */
import { t, type MessageKey } from '../shared/i18n.ts';

interface DataSource {
  readonly name: string;
  readonly url: string;
  readonly licence: string;
  readonly licenceUrl: string;
  /** What the glossary takes from it. */
  readonly use: MessageKey;
}

export const DATA_SOURCES: readonly DataSource[] = [
  {
    name: 'GeoNames',
    url: 'https://www.geonames.org/',
    licence: 'CC BY 4.0',
    licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
    use: 'options_data_geonames_use',
  },
  {
    name: 'compromise',
    url: 'https://github.com/spencermountain/compromise',
    licence: 'MIT',
    licenceUrl: 'https://opensource.org/license/mit',
    use: 'options_data_compromise_use',
  },
  {
    name: 'stopwords-iso',
    url: 'https://github.com/stopwords-iso/stopwords-iso',
    licence: 'MIT',
    licenceUrl: 'https://opensource.org/license/mit',
    use: 'options_data_stopwords_use',
  },
  {
    name: 'FrequencyWords',
    url: 'https://github.com/hermitdave/FrequencyWords',
    licence: 'CC BY-SA 4.0',
    licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
    use: 'options_data_frequencywords_use',
  },
  {
    name: 'dictionary-sv',
    url: 'https://github.com/wooorm/dictionaries',
    licence: 'LGPL-3.0',
    licenceUrl: 'https://www.gnu.org/licenses/lgpl-3.0.html',
    use: 'options_data_dictionary_sv_use',
  },
];

export function DataSources() {
  return (
    <section class="card-section" aria-labelledby="data-sources-heading" id="data-sources">
      <h2 id="data-sources-heading">{t('options_data_sources')}</h2>
      <p class="intro">{t('options_data_sources_intro')}</p>
      <ul>
        {DATA_SOURCES.map((source) => (
          <li key={source.name}>
            <a href={source.url} target="_blank" rel="noreferrer">
              {source.name}
            </a>
            {' — '}
            {t(source.use)}
            {' — '}
            <a href={source.licenceUrl} target="_blank" rel="noreferrer">
              {source.licence}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
