/**
 * The career model as it reads titles in a catalog's language: the language's level words
 * (`Teamleiter`, `Directeur`, `Becario`) added to the bands of the model's scale, its soft
 * management and deputy words, and its connectors (`de` of `Jefe de cocina`). English adds
 * nothing, so an English catalog is read by the model itself.
 */
import type { CareerModel } from './career-model';
import type { Language } from './language';

const cache = new WeakMap<CareerModel, Map<string, CareerModel>>();

/**
 * The model for titles in a language, made once per model and language.
 * @param model - the career model.
 * @param language - the catalog's language.
 * @returns the model itself when the language adds no title words, else a copy with them.
 */
export function modelForLanguage(model: CareerModel, language: Language): CareerModel {
  const t = language.titles;
  if (!t) return model;
  let byLanguage = cache.get(model);
  if (!byLanguage) cache.set(model, (byLanguage = new Map()));
  let out = byLanguage.get(language.code);
  if (out) return out;
  const scale = model.scale.map((b) => {
    const added = t.levels.filter((l) => l.band === b.band);
    const [first, ...rest] = b.steps;
    if (!added.length || !first) return b;
    return {
      ...b,
      steps: [
        {
          ic: [...first.ic, ...added.flatMap((a) => a.ic ?? [])],
          management: [...first.management, ...added.flatMap((a) => a.management ?? [])],
        },
        ...rest,
      ],
    };
  });
  out = {
    ...model,
    scale,
    grammar: {
      ...model.grammar,
      softManagement: [...model.grammar.softManagement, ...t.softManagement],
      deputies: [...model.grammar.deputies, ...t.deputies],
      connectors: [...model.grammar.connectors, ...t.connectors],
      afterDeputies: [...model.grammar.afterDeputies, ...(t.afterDeputies ?? [])],
      compoundLevels: [...model.grammar.compoundLevels, ...(t.compoundLevels ?? [])],
      compoundLinks: [...model.grammar.compoundLinks, ...(t.compoundLinks ?? [])],
      headFirst: t.headFirst ?? model.grammar.headFirst,
      plurals: t.plurals
        ? t.plurals.map((p) => ({ ending: p.ending.toLowerCase(), drop: p.drop ?? 0, add: p.add }))
        : model.grammar.plurals,
    },
  };
  byLanguage.set(language.code, out);
  return out;
}
