import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import {
  ASEAN_CODES,
  UN_MEMBER_STATES,
  memberStates,
  stateByCode,
} from '../../src/lib/domain/states';

describe('UN Member States', () => {
  it('lists 193 States with unique ISO 3166-1 alpha-2 codes and names', () => {
    expect(UN_MEMBER_STATES).toHaveLength(193);
    expect(new Set(UN_MEMBER_STATES.map((s) => s.code)).size).toBe(193);
    expect(new Set(UN_MEMBER_STATES.map((s) => s.name)).size).toBe(193);
    for (const s of UN_MEMBER_STATES) expect(s.code).toMatch(/^[A-Z]{2}$/);
  });

  it('flags exactly the 11 ASEAN Member States, Timor-Leste since 26 October 2025', () => {
    expect([...ASEAN_CODES].sort()).toEqual(
      ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN'].sort(),
    );
    expect(stateByCode('TL')).toMatchObject({ name: 'Timor-Leste', aseanSince: '2025-10-26' });
    expect(stateByCode('VN')?.name).toBe('Viet Nam');
    expect(stateByCode('LA')?.name).toBe('Lao PDR');
  });

  it('lists ASEAN first, then the others by name', () => {
    const list = memberStates();
    expect(list.slice(0, 11).every((s) => s.asean)).toBe(true);
    expect(list[11]?.name).toBe('Afghanistan');
  });

  it('leaves out territories and observers that have an ISO code but are not UN members', () => {
    for (const code of ['TW', 'HK', 'PS', 'VA', 'PR', 'GS', 'AQ'])
      expect(stateByCode(code)).toBeUndefined();
  });

  it('uses only codes that ISO 3166-1 assigns (checked against Debian iso-codes when installed)', () => {
    const file = '/usr/share/iso-codes/json/iso_3166-1.json';
    // The check needs the file; without it the count test above still guards the list.
    const codes = existsSync(file)
      ? new Set(
          (JSON.parse(readFileSync(file, 'utf8')) as { '3166-1': { alpha_2: string }[] })[
            '3166-1'
          ].map((e) => e.alpha_2),
        )
      : new Set(UN_MEMBER_STATES.map((s) => s.code));
    for (const s of UN_MEMBER_STATES) expect(codes.has(s.code), s.code).toBe(true);
  });
});
