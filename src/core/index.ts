/** The matching core: pure TypeScript, no DOM, no browser API. */
export { Matcher } from './match/matcher.ts';
export type { BlockScan, Candidate, Density, MatchRule, Mention, SelectOptions } from './match/types.ts';
export { compileGlossary } from './glossary/compile.ts';
export type { CompiledGlossary, EntryRef } from './glossary/compiled.ts';
export { KINDS } from './glossary/schema.ts';
export type { Entry, Kind, GlossaryFile, AliasSpec } from './glossary/schema.ts';
export { normalise } from './text/normalise.ts';
