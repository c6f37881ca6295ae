import { describe, expect, it } from 'vitest';
import { ca } from '../src/i18n/ca.js';
import { en } from '../src/i18n/en.js';
import { LABEL_GROUPS, labelKey } from '../src/labels.js';

describe('translated labels of coded values', () => {
  it.each(Object.entries(LABEL_GROUPS))(
    'every %s value has an English and a Catalan label',
    (group, spec) => {
      for (const value of spec.values) {
        const key = labelKey(group as keyof typeof LABEL_GROUPS, value);
        expect(key, `${group}.${value}`).toBeDefined();
        if (!key) continue;
        expect(en[key].trim(), key).not.toBe('');
        expect(ca[key].trim(), key).not.toBe('');
        expect(en[key], key).not.toBe(value);
      }
    },
  );

  it('the Catalan catalogue has exactly the English keys and every message translated', () => {
    expect(Object.keys(ca).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(ca)) expect(text.trim(), key).not.toBe('');
    // Placeholders survive translation.
    for (const [key, text] of Object.entries(en)) {
      const names = (value: string) => [...value.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(ca[key as keyof typeof en]), key).toEqual(names(text));
    }
  });

  it('an unknown value has no key (the UI then shows the code itself)', () => {
    expect(labelKey('action', 'paused')).toBeUndefined();
  });
});
