import type { Field } from '../vocab/fields.js';
import type { Host } from '../vocab/hosts.js';

/**
 * How often each kind of host runs a model of a field, relative to the others: farmers' and women's unions lead
 * the economic models, police and the military the defence-security ones, Party committees the Party-building
 * ones, and every organisation takes some part everywhere. `other` is left out: synthetic hosts are all named kinds.
 *
 * @example
 * HOST_WEIGHTS['defense-security'].police; // 34
 */
export const HOST_WEIGHTS: Readonly<Record<Field, Readonly<Partial<Record<Host, number>>>>> = {
  economic: {
    'farmers-union': 30,
    'womens-union': 22,
    'fatherland-front': 10,
    government: 10,
    'youth-union': 8,
    'veterans-association': 8,
    'party-committee': 6,
    military: 2,
    police: 1,
  },
  'culture-society': {
    'womens-union': 25,
    'fatherland-front': 20,
    'youth-union': 18,
    government: 12,
    'veterans-association': 8,
    'farmers-union': 6,
    'party-committee': 6,
    military: 3,
    police: 2,
  },
  'defense-security': {
    police: 34,
    military: 20,
    'veterans-association': 12,
    'youth-union': 8,
    'womens-union': 8,
    'fatherland-front': 8,
    government: 5,
    'party-committee': 3,
    'farmers-union': 2,
  },
  'party-building': {
    'party-committee': 45,
    'fatherland-front': 15,
    government: 12,
    'womens-union': 8,
    'youth-union': 8,
    'veterans-association': 6,
    'farmers-union': 4,
    military: 1,
    police: 1,
  },
};
