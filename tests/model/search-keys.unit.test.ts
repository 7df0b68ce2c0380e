// Search keys: spellings of the same name meet on one normalised key, and transliteration variants
// meet on a coarse skeleton.
import { describe, expect, it } from 'vitest';
import { normalizeName, searchKeysFor, skeletonKey } from '../../src/model/search-keys.js';

describe('normalizeName', () => {
  it('folds Azerbaijani letters and diacritics to plain ASCII lower case', () => {
    expect(normalizeName('Şuşa')).toBe('susa');
    expect(normalizeName('Xankəndi')).toBe('xankandi');
    expect(normalizeName('İlham Əliyev')).toBe('ilham aliyev');
    expect(normalizeName('Naxçıvan')).toBe('naxcivan');
    expect(normalizeName('Dağlıq Qarabağ')).toBe('dagliq qarabag');
    expect(normalizeName('Azərbaycan')).toBe('azarbaycan');
  });

  it('gives the same key for precomposed and decomposed spellings of a name', () => {
    const composed = 'Şuşa'.normalize('NFC');
    const decomposed = 'Şuşa'.normalize('NFD');
    expect(composed).not.toBe(decomposed);
    expect(normalizeName(decomposed)).toBe(normalizeName(composed));
  });

  it('folds letters that Unicode does not decompose (ø, ł, ß, æ) after lower-casing capitals', () => {
    expect(normalizeName('Øresund')).toBe('oresund');
    expect(normalizeName('Łódź')).toBe('lodz');
    expect(normalizeName('Straße')).toBe('strasse');
    expect(normalizeName('Æsir')).toBe('aesir');
  });

  it('turns hyphens, dashes and other punctuation into single spaces and trims the ends', () => {
    expect(normalizeName('Nagorno-Karabakh')).toBe('nagorno karabakh');
    expect(normalizeName('Armenia–Azerbaijan border')).toBe('armenia azerbaijan border');
    expect(normalizeName('  Sign reading (Shushi)!  ')).toBe('sign reading shushi');
    expect(normalizeName('102nd   Military\tBase')).toBe('102nd military base');
    expect(normalizeName('Nagorno - Karabakh')).toBe(normalizeName('Nagorno-Karabakh'));
  });

  it('drops apostrophes inside a word instead of splitting it', () => {
    expect(normalizeName("Azerbaijan's")).toBe('azerbaijans');
    expect(normalizeName('Azerbaijan’s')).toBe('azerbaijans');
    expect(normalizeName("Shushi's")).toBe('shushis');
  });

  it('gives an empty key for text with no letters or digits', () => {
    expect(normalizeName(' -–/ ')).toBe('');
  });
});

describe('skeletonKey', () => {
  it('lets Pogosian and Poghosyan meet on one skeleton', () => {
    expect(skeletonKey('Pogosian')).toBe('pgsn');
    expect(skeletonKey('Poghosyan')).toBe('pgsn');
    expect(skeletonKey('Vagram Pogosian').split(' ')[1]).toBe(skeletonKey('Vahram Poghosyan').split(' ')[1]);
  });

  it('keeps the first letter, drops later vowels, y and h, and collapses doubled consonants', () => {
    expect(skeletonKey('Stepanakert')).toBe('stpnkrt');
    expect(skeletonKey('Aliyev')).toBe(skeletonKey('Aliev'));
    expect(skeletonKey('Nakhchivan')).toBe(skeletonKey('Nakhichevan'));
    expect(skeletonKey('Jerrry')).toBe('jr');
  });

  it('works word by word on the normalised name', () => {
    expect(skeletonKey('İlham Əliyev')).toBe('ilm alv');
    expect(skeletonKey('Nagorno-Karabakh')).toBe('ngrn krbk');
  });

  it('keeps names that sound different apart', () => {
    expect(skeletonKey('Stepanakert')).not.toBe(skeletonKey('Khankendi'));
    expect(skeletonKey('Armenia')).not.toBe(skeletonKey('Azerbaijan'));
  });
});

describe('searchKeysFor', () => {
  it('gives the normalised name and aliases, and their skeletons prefixed "~"', () => {
    const keys = searchKeysFor('Vagram Pogosian', ['Poghosyan']);
    expect(keys).toEqual(expect.arrayContaining(['vagram pogosian', 'poghosyan', '~vgrm pgsn', '~pgsn']));
  });

  it('leaves out skeletons shorter than three letters and repeats no key', () => {
    const keys = searchKeysFor('Shushi', ['Shusha', 'Şuşa', 'Shushi']);
    expect(keys).toEqual(['shushi', 'shusha', 'susa']);
  });

  it('skips labels that normalise to nothing', () => {
    expect(searchKeysFor('Armenia', ['—', ''])).toEqual(['armenia', '~armn']);
  });
});
