import duties from '../../../data/competencies/duties.json';
import framework from '../../../data/competencies/framework.json';
import education from '../../../data/competencies/packs/education.json';
import finance from '../../../data/competencies/packs/finance.json';
import healthcare from '../../../data/competencies/packs/healthcare.json';
import hospitality from '../../../data/competencies/packs/hospitality.json';
import legal from '../../../data/competencies/packs/legal.json';
import manufacturing from '../../../data/competencies/packs/manufacturing.json';
import retail from '../../../data/competencies/packs/retail.json';
import software from '../../../data/competencies/packs/software.json';
import support from '../../../data/competencies/packs/support.json';
import { readFramework, type CompetencyFramework } from './framework';

/** The packs shipped in `data/competencies/packs/`, by file. */
const PACKS = {
  support,
  software,
  healthcare,
  hospitality,
  retail,
  legal,
  finance,
  education,
  manufacturing,
};

/**
 * The competency framework shipped in `data/competencies/` (the cross-field framework and every
 * field pack), validated once.
 */
export const defaultFramework: CompetencyFramework = readFramework(
  framework,
  Object.entries(PACKS).map(([name, data]) => ({ file: `packs/${name}.json`, data })),
  duties,
);
