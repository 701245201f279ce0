// What the Word pane keeps in the document: the year and villages the clerk confirmed without a full profile.
import { parseWordSettings } from '../../src/hosts/word/wordSettings';

describe('the confirmed year and villages in the document settings', () => {
  test('kept as `confirmed`, beside a profile or without one; what does not pass the profile checks is left out', () => {
    expect(parseWordSettings({ confirmed: { year: 2023, villages: ['Đông', 'Tây'] } })).toEqual({ confirmed: { year: 2023, villages: ['Đông', 'Tây'] } });
    expect(parseWordSettings({ confirmed: { year: 2023 } })).toEqual({ confirmed: { year: 2023 } });
    expect(parseWordSettings({ confirmed: { year: 1890, villages: [] } })).toEqual({});
    expect(parseWordSettings({ confirmed: 'x' })).toEqual({});
    const profile = { commune: 'Hòa An', year: 2024, villages: ['Đông'] };
    expect(parseWordSettings({ profile, confirmed: { year: 2023 } })).toEqual({ profile, confirmed: { year: 2023 } });
  });

  test('a partial profile (year and villages, no commune, as the Excel pane stores it) reads as confirmed', () => {
    expect(parseWordSettings({ profile: { year: 2022, villages: ['Bắc'] } })).toEqual({ confirmed: { year: 2022, villages: ['Bắc'] } });
    // Stored as JSON text by an older save.
    expect(parseWordSettings(JSON.stringify({ profile: { year: 2022 } }))).toEqual({ confirmed: { year: 2022 } });
  });
});
