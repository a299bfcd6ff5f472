import { describe, expect, it } from 'vitest';
import {
  DECIDED,
  EMPTY_OVERLAY,
  overlayText,
  readOverlay,
  withMove,
  withRejection,
  withRoleDecision,
  withFamilyInTrack,
  withTrack,
} from '../../../src/model/career';
import { defaultModel } from '../../../src/model/career/default-model';
import { loadCatalog } from '../../../src/model/index';

/** Each edit of edit mode is a new overlay, in the file format the command-line tool reads. */
describe('editing an overlay', () => {
  it('decides a role’s level and family, and drops a decision set back to empty', () => {
    let o = withRoleDecision(EMPTY_OVERLAY, 'Counsel', 'level', 'Principal');
    o = withRoleDecision(o, 'counsel', 'family', 'Lawyer');
    expect(o.roles).toEqual([{ role: 'Counsel', level: 'Principal', family: 'Lawyer' }]);
    o = withRoleDecision(o, 'Counsel', 'level', '');
    expect(o.roles).toEqual([{ role: 'Counsel', family: 'Lawyer' }]);
    expect(withRoleDecision(o, 'Counsel', 'family', '').roles).toEqual([]);
    // The one before is left as it was (undo goes back to it).
    expect(o.roles).toHaveLength(1);
  });

  it('states a move once, with the author’s reason or the default, and un-rejects it', () => {
    let o = withRejection(EMPTY_OVERLAY, 'A', 'B', 'lateral');
    o = withMove(o, 'B', 'A', 'lateral', '  ');
    expect(o.rejected).toEqual([]);
    expect(o.moves).toEqual([{ from: 'B', to: 'A', kind: 'lateral', because: DECIDED }]);
    o = withMove(o, 'B', 'A', 'lateral', 'rotation');
    expect(o.moves).toEqual([{ from: 'B', to: 'A', kind: 'lateral', because: 'rotation' }]);
  });

  it('rejects a promotion one way, a lateral move both ways, and states it no more', () => {
    let o = withMove(EMPTY_OVERLAY, 'A', 'B', 'promotion');
    o = withMove(o, 'B', 'A', 'promotion');
    const one = withRejection(o, 'A', 'B', 'promotion');
    expect(one.moves.map((m) => `${m.from}>${m.to}`)).toEqual(['B>A']);
    expect(
      withRejection(withMove(EMPTY_OVERLAY, 'A', 'B', 'lateral'), 'B', 'A', 'lateral').moves,
    ).toEqual([]);
  });

  it('writes only the lists it uses, and reads back the same overlay', () => {
    const o = withRejection(
      withRoleDecision(EMPTY_OVERLAY, 'Counsel', 'level', 'Principal'),
      'Senior Paralegal',
      'Counsel',
      'promotion',
    );
    const text = overlayText(o);
    expect(Object.keys(JSON.parse(text))).toEqual(['roles', 'rejected']);
    expect(readOverlay(JSON.parse(text))).toEqual(o);
    expect(overlayText(EMPTY_OVERLAY)).toBe('{}\n');
  });

  it('renames a found track once, keeping its colour unless a new one is given', () => {
    let o = withTrack(EMPTY_OVERLAY, 'counsels', 'Lawyers', '#aa3377');
    o = withTrack(o, 'counsels', 'Fee earners');
    expect(o.tracks).toEqual([
      { id: 'counsels', label: 'Fee earners', families: [], color: '#aa3377', because: DECIDED },
    ]);
    expect(readOverlay(JSON.parse(overlayText(o)))).toEqual(o);
  });

  it('puts a family in a track, which the catalog read again shows', () => {
    const text = [
      'Paralegal: Role Blueprint',
      'Prepares bundles for court and organizes disclosure.',
      'Senior Paralegal: Role Blueprint',
      'Runs the paralegal workstream and prepares bundles.',
      'Legal Secretary: Role Blueprint',
      'Manages diaries, court deadlines and correspondence.',
    ].join('\n');
    const load = (overlay = EMPTY_OVERLAY) =>
      loadCatalog({ text, file: 'law.txt', format: 'text', overlay }, { model: defaultModel })
        .graph;
    const before = load();
    const track = (g: typeof before, id: string) => g.getNodeAttribute(id, 'track');
    expect(track(before, 'legal-secretary')).not.toBe(track(before, 'paralegal'));
    const into = before.getAttribute('tracks')!.find((t) => t.id === track(before, 'paralegal'))!;
    const o = withFamilyInTrack(EMPTY_OVERLAY, 'Legal Secretary', into, ['Paralegal']);
    expect(o.tracks).toEqual([
      {
        label: into.label,
        families: ['Paralegal', 'Legal Secretary'],
        color: into.color,
        because: DECIDED,
      },
    ]);
    const after = load(readOverlay(JSON.parse(overlayText(o))));
    expect(track(after, 'legal-secretary')).toBe(track(after, 'paralegal'));
    expect(after.getAttribute('tracks')!.map((t) => t.label)).toEqual([into.label]);
    // Moved again, it leaves the track it was put in: no track of the overlay holds it twice.
    const back = withFamilyInTrack(
      o,
      'Legal Secretary',
      { label: 'Support', color: '#000000' },
      [],
    );
    expect(back.tracks.map((t) => [t.label, t.families])).toEqual([
      [into.label, ['Paralegal']],
      ['Support', ['Legal Secretary']],
    ]);
  });
});
