import { describe, expect, it } from 'vitest';
import { DEFAULT_SINCE, parseParams, regiobeeldLink } from './params.ts';

describe('the regiobeeld link', () => {
  it('reads the region, the earlier year and the language', () => {
    expect(parseParams('?regio=PV21&sinds=2019&taal=en')).toEqual({
      region: 'PV21',
      since: 2019,
      sinceInvalid: false,
      lang: 'en',
    });
  });

  it('defaults to Dutch and the report’s first year, and names no region when the link has none', () => {
    expect(parseParams('')).toEqual({ region: null, since: DEFAULT_SINCE, sinceInvalid: false, lang: 'nl' });
    expect(parseParams('?regio=%20%20&taal=fr').region).toBeNull();
    expect(parseParams('?taal=fr').lang).toBe('nl');
  });

  it('marks an earlier year that is no year and uses the default', () => {
    expect(parseParams('?regio=PV21&sinds=vorig')).toMatchObject({ since: DEFAULT_SINCE, sinceInvalid: true });
    expect(parseParams('?regio=PV21&sinds=20171')).toMatchObject({ since: DEFAULT_SINCE, sinceInvalid: true });
  });

  it('keeps a region given by name as written', () => {
    expect(parseParams('?regio=Frysl%C3%A2n').region).toBe('Fryslân');
  });

  it('writes the link of a region, leaving the default language out', () => {
    expect(regiobeeldLink('PV21', 'nl')).toBe('/regiobeeld?regio=PV21');
    expect(regiobeeldLink('CR04', 'en', 2017)).toBe('/regiobeeld?regio=CR04&sinds=2017&taal=en');
  });
});
