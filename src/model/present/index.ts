/**
 * How the model is shown, still free of any renderer: the lattice's positions, track colours and
 * labels, role facts as display text, and what a finding means in an author's words. The canvas
 * adapter and the DOM twin both read these, so they agree.
 */
export { adviceOf, listed } from './advice';
export { reviewQueue, type ReviewItem } from './review';
export { trackColorScale, trackLabel, tracksOf } from './encoding';
export { cellAt, latticeLayout, type Lattice } from './layout';
