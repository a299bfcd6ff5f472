/**
 * The career-graph engine: framework-free, runs in Node, in the page and in a worker.
 *
 *     catalog/ ──parse──▶ roles ──career/ + build/──▶ graph/ ──query/──▶ answers ──present/──▶ view
 *                         └──────────── load/ runs the whole line in one call ─────────┘
 *
 * Each folder's `index.ts` is its public face; code outside the model imports only those faces
 * (dependency-cruiser enforces it). This file gathers them for the CLI and the tests.
 */
export * from './builder';
export * from './career';
export * from './catalog';
export * from './competencies';
export * from './export';
export * from './graph';
export * from './load';
export * from './present';
export * from './query';
