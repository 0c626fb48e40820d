import { describe, expect, it } from 'vitest';
import { isKindBeforeName, isNumberedSeriesAt } from './named-thing.ts';

const at = (text: string, name: string) => isKindBeforeName(text, text.indexOf(name));
const seriesAt = (text: string, name: string) => isNumberedSeriesAt(text, text.indexOf(name) + name.length);

describe('isKindBeforeName', () => {
  it('reads a kind of vessel in small letters before the name', () => {
    expect(at("China's aircraft carrier Shandong sailed near Taiwan.", 'Shandong')).toBe(true);
    expect(at('The tanker Kursk was seized.', 'Kursk')).toBe(true);
    expect(at('El portaaviones Shandong navegó cerca de Taiwán.', 'Shandong')).toBe(true);
    expect(at('Le porte-avions Shandong a croisé au large de Taïwan.', 'Shandong')).toBe(true);
  });

  it('reads a river written before its name', () => {
    expect(at('Las lluvias desbordaron el río Caquetá.', 'Caquetá')).toBe(true);
    expect(at('Le fleuve Niger est en crue.', 'Niger')).toBe(true);
    expect(at('Il fiume Po è in secca.', 'Po')).toBe(true);
    expect(at('Pilgrims were baptised in the river Jordan.', 'Jordan')).toBe(true);
    expect(at('O rio Amazonas transbordou.', 'Amazonas')).toBe(true);
  });

  it('leaves the place alone otherwise', () => {
    expect(at('Floods hit Shandong province.', 'Shandong')).toBe(false);
    expect(at('Ships left Shandong on Monday.', 'Shandong')).toBe(false);
    expect(at('The Carrier Shandong', 'Shandong')).toBe(false);
    expect(at('a vessel\nShandong', 'Shandong')).toBe(false);
    expect(at('Viajó a Rio Caquetá.', 'Caquetá')).toBe(false);
    expect(at('Across the river, Jordan said.', 'Jordan')).toBe(false);
  });
});

describe('isNumberedSeriesAt', () => {
  it('reads a hyphen and a number after the name as a series', () => {
    expect(seriesAt('China launched the Shiyan-23 satellite.', 'Shiyan')).toBe(true);
    expect(seriesAt('Kosmos‑2553 was launched.', 'Kosmos')).toBe(true);
  });

  it('leaves a place followed by other words or a range alone', () => {
    expect(seriesAt('Shiyan-Wuhan railway', 'Shiyan')).toBe(false);
    expect(seriesAt('Shiyan 2024', 'Shiyan')).toBe(false);
    expect(seriesAt('Shiyan.', 'Shiyan')).toBe(false);
  });
});
