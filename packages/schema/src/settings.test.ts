import { describe, expect, it } from 'vitest';
import { EXECUTION_SETTINGS, isSampleRate } from './settings.ts';

describe('settings rules', () => {
  it('accepts every hundredth from 0.00 to 1.00 as a sample rate, typed as people type them', () => {
    for (let hundredths = 0; hundredths <= 100; hundredths += 1) {
      const typed = Number((hundredths / 100).toFixed(2));
      expect(isSampleRate(typed), String(typed)).toBe(true);
    }
    for (const value of [0.07, 0.14, 0.28, 0.29, 0.55, 0.56, 0.57, 0.58]) expect(isSampleRate(value)).toBe(true);
  });

  it('refuses sample rates outside the range or finer than hundredths', () => {
    for (const value of [-0.01, 1.01, 0.125, 0.001, Number.NaN]) expect(isSampleRate(value), String(value)).toBe(false);
  });

  it('describes each host’s execution settings with an example that passes its own check', () => {
    for (const rules of Object.values(EXECUTION_SETTINGS)) {
      for (const rule of rules) expect(rule.pattern.test(rule.example), rule.key).toBe(true);
    }
    expect(EXECUTION_SETTINGS.localhost[0]?.pattern.test('65536')).toBe(false);
  });
});
