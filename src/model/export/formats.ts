/**
 * What the app and the command line know of each whole-graph format before writing one: its id,
 * its button, its file name and media type. The writers are in `index.ts`, loaded when a file is
 * written, so that the page's first load does not carry them.
 */

/** A file format of the whole graph, less its writer. */
export interface ExportFormat {
  /** Its name in the command line (`--export <id>`) and in the worker's requests. */
  readonly id: string;
  /**
   * The Catalog panel's button that downloads it: formats that name one button are downloaded
   * together (the roles and the moves CSV).
   */
  readonly button: string;
  /** What follows the catalog's name in the file's name (`role-blueprints` + `.graph.json`). */
  readonly suffix: string;
  /** The file's extension (the end of its suffix). */
  readonly extension: string;
  readonly mediaType: string;
}

/** Every whole-graph format, in the order the Catalog panel offers them. */
export const EXPORT_FORMATS = [
  {
    id: 'json',
    button: 'Graph JSON',
    suffix: '.graph.json',
    extension: 'json',
    mediaType: 'application/json',
  },
  {
    id: 'gexf',
    button: 'GEXF (Gephi)',
    suffix: '.gexf',
    extension: 'gexf',
    mediaType: 'application/gexf+xml',
  },
  {
    id: 'graphml',
    button: 'GraphML (yEd, Cytoscape)',
    suffix: '.graphml',
    extension: 'graphml',
    mediaType: 'application/graphml+xml',
  },
  {
    id: 'csv-roles',
    button: 'Roles and moves CSV',
    suffix: '-roles.csv',
    extension: 'csv',
    mediaType: 'text/csv',
  },
  {
    id: 'csv-moves',
    button: 'Roles and moves CSV',
    suffix: '-moves.csv',
    extension: 'csv',
    mediaType: 'text/csv',
  },
] as const satisfies readonly ExportFormat[];

/** The id of a registered format. */
export type ExportId = (typeof EXPORT_FORMATS)[number]['id'];

/**
 * A registered format by its id.
 * @param id - a format's id, or any text (from a command line or a message).
 * @returns the format, or undefined when no format has that id.
 */
export function exportFormat(id: string): RegisteredFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.id === id);
}

/** A registered format. */
export type RegisteredFormat = (typeof EXPORT_FORMATS)[number];

/** The Catalog panel's export buttons, each with the formats it downloads, in order. */
export function exportButtons(): { label: string; formats: RegisteredFormat[] }[] {
  const buttons: { label: string; formats: RegisteredFormat[] }[] = [];
  for (const f of EXPORT_FORMATS) {
    const same = buttons.find((b) => b.label === f.button);
    if (same) same.formats.push(f);
    else buttons.push({ label: f.button, formats: [f] });
  }
  return buttons;
}
