import modelJson from '../../../data/career-model.json';
import type { CareerModel } from './career-model';
import { readCareerModel } from './read-career-model';

/** The career model shipped in `data/career-model.json`, validated once. */
export const defaultModel: CareerModel = readCareerModel(modelJson, 'data/career-model.json');
