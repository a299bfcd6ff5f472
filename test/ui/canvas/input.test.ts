import { describe, expect, it } from 'vitest';
import { roleAt } from '../../../src/ui/canvas/input';
import { TAP_SLOP } from '../../../src/ui/canvas/touch';

/* A finger's tap selects the role under it: the nearest whose card it touches, with some slop. */

const card = (id: string, x: number, y: number) => ({
  id,
  box: { x1: x - 40, y1: y - 30, x2: x + 40, y2: y + 30, w: 80, h: 60 },
  at: { x, y },
});

describe('the role under a tap', () => {
  const roles = [card('a', 100, 100), card('b', 190, 100)];

  it('is the card tapped', () => {
    expect(roleAt(roles, 80, 110)).toBe('a');
    expect(roleAt(roles, 200, 90)).toBe('b');
  });

  it('counts a tap just beside a card, not one further away', () => {
    expect(roleAt(roles, 100, 130 + TAP_SLOP - 1)).toBe('a');
    expect(roleAt(roles, 100, 130 + TAP_SLOP + 1)).toBeNull();
  });

  it('is the nearer card where two are within reach', () => {
    // Between the cards (they are 10 px apart): both within the slop.
    expect(roleAt(roles, 143, 100)).toBe('a');
    expect(roleAt(roles, 147, 100)).toBe('b');
  });
});
