import lexiconJson from '../../../data/competencies.json';
import { readLexicon, type Lexicon } from './lexicon';

/** The competency lexicon shipped in `data/competencies.json`, validated once. */
export const defaultLexicon: Lexicon = readLexicon(lexiconJson, 'data/competencies.json');
