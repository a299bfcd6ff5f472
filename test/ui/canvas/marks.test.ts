import { describe, expect, it } from 'vitest';
import type { ElementDefinition } from 'cytoscape';
import { markElements } from '../../../src/ui/canvas/marks';
import { noClasses } from '../../../src/ui/canvas/classes';

/*
 * Roles and moves of a large view added after an update arrive with the selection, path and
 * filter classes (and step numbers) already shown on the rest.
 */

const role = (id: string, classes?: string): ElementDefinition => ({
  group: 'nodes',
  data: { id, label: id },
  position: { x: 0, y: 0 },
  ...(classes ? { classes } : {}),
});

describe('marking elements added later', () => {
  it('leaves the definitions as they are when nothing is marked', () => {
    const els = [role('a'), role('b')];
    expect(markElements(els, noClasses())).toBe(els);
  });

  it("adds the state classes after an element's own, and a path step's number", () => {
    const marks = noClasses();
    marks.classes['on-path'].add('a');
    marks.classes.selected.add('a');
    marks.classes['filtered-out'].add('b');
    marks.steps.set('a', 2);
    const [a, b, c] = markElements([role('a', 'track-x'), role('b'), role('c')], marks);
    const own = String(a!.classes).split(' ');
    expect(own).toEqual(expect.arrayContaining(['track-x', 'on-path', 'selected']));
    expect(own[0]).toBe('track-x');
    expect(a!.data).toEqual({ id: 'a', label: 'a', step: 2 });
    expect(b!.classes).toBe('filtered-out');
    expect(b!.data).not.toHaveProperty('step');
    expect(c).toEqual(role('c'));
  });
});
