import { describe, expect, it } from 'vitest';
import { brandingProperties, contrastRatio, legibleOn, readableTextOn } from './branding.ts';

describe('branding colours', () => {
  it('puts black or white text on a colour, whichever reads better', () => {
    expect(readableTextOn('#ffcc00')).toBe('#000000');
    expect(readableTextOn('#1a2b3c')).toBe('#ffffff');
  });

  it('keeps accent text legible on light and dark surfaces, changing a colour only as much as needed', () => {
    expect(legibleOn('#1a2b3c', '#ffffff')).toBe('#1a2b3c');
    for (const color of ['#ffcc00', '#00ff88', '#ffffff', '#1a2b3c', '#000000', '#7f7f7f']) {
      for (const surface of ['#ffffff', '#171c25']) {
        expect(contrastRatio(legibleOn(color, surface), surface), `${color} on ${surface}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('sets the accent from the accent colour, else the primary one, and leaves defaults alone', () => {
    const properties = brandingProperties({
      primaryColor: '#FFCC00',
      secondaryColor: null,
      accentColor: null,
      fontFamily: null,
    });
    expect(properties['--accent']).toBe('#ffcc00');
    expect(properties['--accent-contrast']).toBe('#000000');
    expect(properties['--accent-text']).toMatch(/^light-dark\(#[0-9a-f]{6}, #ffcc00\)$/);
    expect(properties).not.toHaveProperty('--brand-font');
    expect(brandingProperties(null)).toEqual({});
  });
});
