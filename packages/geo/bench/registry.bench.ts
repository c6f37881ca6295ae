import { bench, describe } from 'vitest';
import { createRegistry } from '../src/index.js';

const registry = createRegistry();
registry.register({ code: 'MA-02', name: 'Oriental', nativeName: 'الشرق', point: { lon: -1.9, lat: 34.68 } });

describe('look-ups (2,011 regions)', () => {
  bench('get("ES51")', () => {
    registry.get('ES51');
  });
  bench('parent("SE224")', () => {
    registry.parent('SE224');
  });
  bench('children("ES5")', () => {
    registry.children('ES5');
  });
  bench('descendants("DE")', () => {
    registry.descendants('DE');
  });
  bench('byCountry("IT", 3)', () => {
    registry.byCountry('IT', 3);
  });
  bench('bbox("ITF4")', () => {
    registry.bbox('ITF4');
  });
});

describe('search (2,011 regions, limit 10)', () => {
  bench('"skane" (accent-insensitive prefix)', () => {
    registry.search('skane');
  });
  bench('"cataluna" (exact after folding)', () => {
    registry.search('cataluna');
  });
  bench('"bruxelles" (word prefix)', () => {
    registry.search('bruxelles');
  });
  bench('"a" (broad: ~1,500 hits ranked)', () => {
    registry.search('a');
  });
  bench('"capitale bruxelles" (words in any order)', () => {
    registry.search('capitale bruxelles');
  });
  bench('"ES51" (code)', () => {
    registry.search('ES51');
  });
  bench('"land", country DE, level 3', () => {
    registry.search('land', { country: 'DE', level: 3 });
  });
});

describe('registry instances', () => {
  bench('createRegistry() (NUTS data shared, decoded once)', () => {
    createRegistry();
  });
  bench('createRegistry() + register(MA-02)', () => {
    createRegistry().register({ code: 'MA-02', name: 'Oriental', point: { lon: -1.9, lat: 34.68 } });
  });
});
