/**
 * The background's answers for the reader's own features (corrections,
 * notes, own entries), on a listener of their own: `listen` ignores the
 * types it has no handler for, so this map and the main one in index.ts
 * answer side by side.
 */
import { listen, type ReaderBackgroundMessages } from '../shared/messages.ts';
import { addFromPanel, startAddToGlossary } from './add-to-glossary.ts';
import { nameAlternatives } from './name-alternatives.ts';

const life = new AbortController();
startAddToGlossary();

listen<ReaderBackgroundMessages>(
  {
    'content:name-alternatives': ({ entryId, names }) =>
      Array.isArray(names) && typeof entryId === 'string' ? nameAlternatives(entryId, names.filter((name) => typeof name === 'string').slice(0, 4)) : [],
    'content:add-to-glossary': addFromPanel,
  },
  life.signal,
);
