/**
 * How the model is shown, still free of any renderer: the lattice's positions, track colours and
 * labels, role facts as display text, and the review queue of findings. The canvas
 * adapter and the DOM twin both read these, so they agree.
 */
export { reviewQueue, type ReviewItem } from './review';
export { trackColorScale, trackLabel, tracksOf } from './encoding';
export { cellAt, latticeLayout, type Lattice } from './layout';
