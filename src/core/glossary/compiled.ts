/**
 * The compiled glossary: what the content script loads instead of the source
 * JSON. Aliases are normalised, rules resolved, and the automaton built, so a
 * page pays for none of that.
 */
import type { Automaton } from '../automaton/automaton.ts';
import type { Entry } from './schema.ts';

/** An entry as the card shows it: everything but the aliases. */
export type EntryCard = Omit<Entry, 'aliases'>;

export type CaseMode = 'sensitive' | 'insensitive';

export interface CompiledAlias {
  /** Index into `entries`. */
  readonly entry: number;
  /** The alias as the glossary writes it (the card's "why highlighted"). */
  readonly text: string;
  /** Normalised text with its case kept, compared for case-sensitive aliases. */
  readonly cased: string;
  readonly caseMode: CaseMode;
  /** Context terms (indexes into `contexts`); the alias counts only where one occurs. */
  readonly contexts?: readonly number[];
  /** Context terms whose presence cancels the alias. */
  readonly notContexts?: readonly number[];
  readonly scope: 'page' | 'block';
}

/** What one automaton pattern stands for: a form of one or more aliases, a context term, a blocker. */
export interface CompiledPattern {
  /** Aliases this pattern is a form of, with how many trailing units are a plural suffix. */
  readonly forms: ReadonlyArray<{ readonly alias: number; readonly suffix: number }>;
  /** Index into `contexts` when this pattern is a context term, else -1. */
  readonly context: number;
  /** A longer name that must not be read as the shorter alias inside it ("Fatah al-Islam"). */
  readonly blocker: boolean;
}

export interface CompiledGlossary {
  readonly name: string;
  readonly entries: readonly EntryCard[];
  readonly aliases: readonly CompiledAlias[];
  /** Context terms as written, for the card's "why highlighted". */
  readonly contexts: readonly string[];
  readonly patterns: readonly CompiledPattern[];
  readonly automaton: Automaton;
}
