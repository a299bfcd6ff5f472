import modelJson from '../../../data/career-model.json';
import languagesJson from '../../../data/languages.json';
import type { CareerModel } from './career-model';
import { readCareerModel } from './read-career-model';

/** Each language's phrases of relations between roles ("berichtet an", "rend compte au"). */
const relations = Object.values(
  languagesJson.languages as Record<string, { relations?: unknown[] }>,
).flatMap((l) => l.relations ?? []);

/**
 * The career model shipped in `data/career-model.json`, with the relation phrases of every
 * language of `data/languages.json` among its mention patterns, validated once.
 */
export const defaultModel: CareerModel = readCareerModel(
  {
    ...modelJson,
    mentions: { ...modelJson.mentions, patterns: [...modelJson.mentions.patterns, ...relations] },
  },
  'data/career-model.json',
);
