import { MAX_ALTERNATIVES, MAX_LIST_ITEMS, WITHIN } from '../../src/state/query-values';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_QUERY,
  OWNED_PARAMS,
  parseQuery,
  toSearchParams,
  type ExplorerQuery,
} from '../../src/state/url';

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);
const query: fc.Arbitrary<ExplorerQuery> = fc.record({
  catalog: fc.oneof(fc.constant(''), fc.webUrl()),
  role: fc.oneof(fc.constant(''), id),
  from: fc.oneof(fc.constant(''), id),
  to: fc.oneof(fc.constant(''), id),
  weighted: fc.boolean(),
  promotionsOnly: fc.boolean(),
  avoid: fc.uniqueArray(id, { maxLength: 3 }),
  by: fc.constantFrom('' as const, 'fastest' as const, 'travelled' as const, 'pay' as const),
  alt: fc.integer({ min: 0, max: 3 }),
  tracks: fc.uniqueArray(id, { maxLength: 3 }),
  levels: fc.tuple(
    fc.option(fc.integer({ min: 0, max: 9 })),
    fc.option(fc.integer({ min: 0, max: 9 })),
  ),
  kinds: fc.subarray(['promotion', 'lateral'] as const).map((k) => [...k]),
  hideWeak: fc.boolean(),
  text: fc.string(),
  within: fc.option(fc.integer({ min: 1, max: 9 })),
  feeders: fc.boolean(),
  filterMode: fc.constantFrom('hide' as const, 'fade' as const),
  view: fc.constantFrom('graph' as const, 'list' as const),
  compare: fc.oneof(fc.constant<string[]>([]), fc.uniqueArray(id, { minLength: 2, maxLength: 2 })),
  competency: fc.oneof(fc.constant(''), id),
});

describe('URL state', () => {
  it('round-trips every state through the query string', () => {
    fc.assert(
      fc.property(query, (q) => {
        expect(parseQuery(`?${toSearchParams(q).toString()}`)).toEqual(q);
      }),
      { numRuns: 500 },
    );
  });

  it('writes only the parameters it owns, so the URL sync keeps every other one', () => {
    fc.assert(
      fc.property(query, (q) => {
        for (const k of toSearchParams(q).keys()) expect(OWNED_PARAMS.has(k)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves defaults out, so the plain page has a clean URL', () => {
    expect(toSearchParams(DEFAULT_QUERY).toString()).toBe('');
    expect(toSearchParams({ ...DEFAULT_QUERY, from: 'a', to: 'b' }).toString()).toBe('from=a&to=b');
  });

  it('reads ?compare=a,b only as a pair', () => {
    expect(parseQuery('?compare=support-analyst,escalation-engineer').compare).toEqual([
      'support-analyst',
      'escalation-engineer',
    ]);
    expect(parseQuery('?compare=support-analyst').compare).toEqual([]);
  });

  it('reads each role, track and kind of a list once, and a list of bounded length', () => {
    // ?avoid=a,a blanked the page: the list of avoided roles is keyed by id.
    const q = parseQuery('?avoid=a,a,b,,a&tracks=t,t&kinds=promotion,promotion&compare=a,a');
    expect(q.avoid).toEqual(['a', 'b']);
    expect(q.tracks).toEqual(['t']);
    expect(q.kinds).toEqual(['promotion']);
    // A role compared with itself is no comparison.
    expect(q.compare).toEqual([]);
    const many = Array.from({ length: 5000 }, (_, i) => `r${i}`).join(',');
    expect(parseQuery(`?avoid=${many}`).avoid).toHaveLength(MAX_LIST_ITEMS);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', ''), { maxLength: 12 }), (items) => {
        const avoid = parseQuery(`?avoid=${items.join(',')}`).avoid;
        expect(new Set(avoid).size).toBe(avoid.length);
        expect(new Set(avoid)).toEqual(new Set(items.filter(Boolean)));
      }),
    );
  });

  it('reads the deep link ?from=&to=', () => {
    const q = parseQuery('?from=associate-service-desk-analyst&to=technical-account-manager');
    expect(q.from).toBe('associate-service-desk-analyst');
    expect(q.to).toBe('technical-account-manager');
    expect(q.alt).toBe(0);
  });

  it('reads alt and within in the ranges the path tool and the filter offer', () => {
    expect(parseQuery(`?alt=${MAX_ALTERNATIVES}`).alt).toBe(MAX_ALTERNATIVES);
    expect(parseQuery(`?alt=${MAX_ALTERNATIVES + 1}`).alt).toBe(0);
    expect(parseQuery(`?within=${WITHIN.min}`).within).toBe(WITHIN.min);
    expect(parseQuery(`?within=${WITHIN.max}`).within).toBe(WITHIN.max);
    // Past what the filter's field can show: dropped, as the field would refuse it.
    expect(parseQuery(`?within=${WITHIN.max + 1}`).within).toBeNull();
    expect(parseQuery('?within=50').within).toBeNull();
  });

  it('ignores malformed values instead of failing', () => {
    const q = parseQuery('?alt=9&within=-2&kinds=promotion,bogus&levels=x&mode=weird&view=nope');
    expect(q.alt).toBe(0);
    expect(q.within).toBeNull();
    expect(q.kinds).toEqual(['promotion']);
    expect(q.levels).toEqual([null, null]);
    expect(q.filterMode).toBe('hide');
    expect(q.view).toBe('graph');
  });

  it('reads and writes how paths are ordered, by=fastest|travelled|pay, and ignores others', () => {
    for (const by of ['fastest', 'travelled', 'pay'] as const) {
      expect(parseQuery(`?from=a&to=b&by=${by}`).by).toBe(by);
      expect(toSearchParams({ ...DEFAULT_QUERY, from: 'a', to: 'b', by }).toString()).toBe(
        `from=a&to=b&by=${by}`,
      );
    }
    for (const bad of ['', 'Fastest', 'cheapest', 'pay,fastest'])
      expect(parseQuery(`?by=${bad}`).by).toBe('');
    expect(parseQuery('').by).toBe('');
    expect(OWNED_PARAMS.has('by')).toBe(true);
  });

  it('carries parameters it does not own (e.g. embed) along', () => {
    const keep = new URLSearchParams('embed=1&parentOrigin=https://intranet.example');
    const p = toSearchParams({ ...DEFAULT_QUERY, role: 'x' }, keep);
    expect(p.get('embed')).toBe('1');
    expect(p.get('parentOrigin')).toBe('https://intranet.example');
    expect(p.get('role')).toBe('x');
  });
});
