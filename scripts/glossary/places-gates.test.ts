import { describe, expect, it } from 'vitest';
import { gateContexts, gatedAlias, MAX_CONTEXTS, PLACE_GATE_SCOPE } from './places-gates.ts';

const terms = { country: ['Syria', 'Syrie'], region: ['Homs Governorate', 'Aleppo'], neighbours: ['Hama', 'Tartus'] };

describe('place gates', () => {
  it('puts the region and neighbours first and the country last', () => {
    expect(gateContexts('Homs', { ...terms, region: ['Aleppo'] }, 'standard')).toEqual(['Aleppo', 'Hama', 'Tartus', 'Syria', 'Syrie']);
  });

  it('leaves the country out of a strict gate', () => {
    expect(gateContexts('Homs', { ...terms, region: ['Aleppo'] }, 'strict')).toEqual(['Aleppo', 'Hama', 'Tartus']);
  });

  it('leaves weak terms out of a strict gate, and falls back to the country only when every nearby term is weak', () => {
    const weak = new Set(['richmond', 'alexandria']);
    const virginia = { country: ['United States'], region: ['Richmond'], neighbours: ['Norfolk', 'Alexandria'], weak };
    expect(gateContexts('Virginia', virginia, 'strict')).toEqual(['Norfolk']);
    expect(gateContexts('Virginia', { ...virginia, neighbours: ['Alexandria'] }, 'strict')).toEqual(['United States']);
    // A standard gate takes the country anyway, so weak terms do it no harm.
    expect(gateContexts('Virginia', virginia, 'standard')).toEqual(['Richmond', 'Norfolk', 'Alexandria', 'United States']);
    // No nearby term at all: no gate, as before (the country alone was never a strict gate).
    expect(gateContexts('Virginia', { ...virginia, region: [], neighbours: [] }, 'strict')).toEqual([]);
  });

  it('never falls back to the country in a regional gate (a name that begins with another country\'s name)', () => {
    const niger = { country: ['Nigeria'], region: ['Minna'], neighbours: ['Bida'], weak: new Set(['minna', 'bida']) };
    expect(gateContexts('Niger State', niger, 'strict')).toEqual(['Nigeria']);
    expect(gateContexts('Niger State', niger, 'regional')).toEqual([]);
    expect(gateContexts('Niger State', { ...niger, weak: new Set(['bida']) }, 'regional')).toEqual(['Minna']);
  });

  it('drops a term that contains the name or is contained in it, so no name gates itself', () => {
    expect(gateContexts('Homs', terms, 'standard')).not.toContain('Homs Governorate');
    expect(gateContexts('Aleppo province', terms, 'standard')).not.toContain('Aleppo');
    // Words, not letters: "Hama" is not inside "Hamadan".
    expect(gateContexts('Hamadan', terms, 'standard')).toContain('Hama');
  });

  it('drops repeats that differ only in case or diacritics, and keeps to the schema limit', () => {
    expect(gateContexts('Homs', { country: ['Syria', 'SYRIA'], region: ['Ḩamāh', 'Hamah'], neighbours: [] }, 'standard')).toEqual(['Ḩamāh', 'Syria']);
    const many = Array.from({ length: 30 }, (_, i) => `Town${i}`);
    expect(gateContexts('Homs', { country: [], region: [], neighbours: many }, 'standard')).toHaveLength(MAX_CONTEXTS);
  });

  it('makes no alias when nothing can gate it', () => {
    expect(gatedAlias('Homs', [])).toBeUndefined();
    expect(gatedAlias('Homs', ['Syria'])).toEqual({ text: 'Homs', contexts: ['Syria'], scope: PLACE_GATE_SCOPE });
  });
});
