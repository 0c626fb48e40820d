import { describe, expect, it } from 'vitest';
import { isVesselNameAt } from './vessel-name.ts';

const at = (text: string, name: string) => isVesselNameAt(text, text.indexOf(name));

describe('isVesselNameAt', () => {
  it('reads a kind of vessel in small letters before the name', () => {
    expect(at("China's aircraft carrier Shandong sailed near Taiwan.", 'Shandong')).toBe(true);
    expect(at('The tanker Kursk was seized.', 'Kursk')).toBe(true);
    expect(at('El portaaviones Shandong navegó cerca de Taiwán.', 'Shandong')).toBe(true);
    expect(at('Le porte-avions Shandong a croisé au large de Taïwan.', 'Shandong')).toBe(true);
  });

  it('leaves the place alone otherwise', () => {
    expect(at('Floods hit Shandong province.', 'Shandong')).toBe(false);
    expect(at('Ships left Shandong on Monday.', 'Shandong')).toBe(false);
    expect(at('The Carrier Shandong', 'Shandong')).toBe(false);
    expect(at('a vessel\nShandong', 'Shandong')).toBe(false);
  });
});
