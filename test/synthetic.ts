/**
 * A deterministic generator of realistic synthetic catalogs in the blueprint text format, for
 * benchmarks and scale tests. Families are domain × role kind ("Cloud Billing Support Engineer"),
 * each with a ladder of levels; summaries are seed-like (~500 characters, with the phrases the
 * career model reads); some roles state moves in a Career Path section, which links families
 * within a domain and the same kind across neighbouring domains. Same options, same text.
 */

const DOMAIN_A = [
  'Cloud',
  'Payments',
  'Identity',
  'Network',
  'Storage',
  'Mobile',
  'Data',
  'Commerce',
  'Retail',
  'Billing',
  'Security',
  'Platform',
  'Messaging',
  'Analytics',
  'Devices',
  'Healthcare',
  'Banking',
  'Logistics',
  'Media',
  'Telecom',
  'Energy',
  'Insurance',
  'Travel',
  'Education',
  'Gaming',
  'Automotive',
  'Hardware',
  'Workplace',
  'Collaboration',
  'Observability',
  'Compliance',
  'Search',
];
const DOMAIN_B = [
  'Operations',
  'Services',
  'Systems',
  'Applications',
  'Infrastructure',
  'Integrations',
  'Products',
  'Solutions',
  'Accounts',
  'Channels',
  'Connectivity',
  'Experience',
  'Runtime',
  'Portal',
  'Gateway',
  'Marketplace',
  'Backbone',
  'Workflows',
  'Records',
  'Endpoints',
];

/** Role kinds, in ladder order across a domain, with the levels each kind has. */
const KINDS: { name: string; levels: string[]; phrase: string }[] = [
  {
    name: 'Service Desk Analyst',
    levels: ['Associate', 'Junior', '', 'Senior', 'Lead', 'Principal'],
    phrase: 'a Level 1 (L1) front line that restores service quickly',
  },
  {
    name: 'Support Analyst',
    levels: ['Associate', 'Junior', '', 'Senior', 'Lead', 'Principal'],
    phrase: 'front-line and second-line technical troubleshooting',
  },
  {
    name: 'Support Specialist',
    levels: ['Associate', '', 'Senior', 'Lead'],
    phrase: 'IT service management at Tier 2 with structured ticket handling',
  },
  {
    name: 'Technical Support Specialist',
    levels: ['Associate', '', 'Senior', 'Lead'],
    phrase: 'technically proficient diagnosis that yields actionable technical findings',
  },
  {
    name: 'Support Engineer',
    levels: ['', 'Senior', 'Lead'],
    phrase: 'an escalation point for difficult cases and disciplined problem management',
  },
  {
    name: 'Field Service Engineer',
    levels: [''],
    phrase: 'on-site installation, break/fix support and upgrades',
  },
  {
    name: 'Technical Account Manager',
    levels: ['', 'Senior'],
    phrase: 'the technical relationship for a portfolio of customers',
  },
];

const SENTENCES = [
  'This role sits at the intersection of customer experience and engineering operations, translating user-reported problems into clear next steps.',
  'It restores service quickly, keeps stakeholders informed with accurate updates, and documents every resolution for reuse.',
  'The role blends structured troubleshooting with disciplined IT service management practices and knowledge-centered service behaviors.',
  'It partners with engineering and product teams to reproduce defects, drive root-cause analysis, and prevent recurring incidents.',
  'Success is measured by first-contact resolution, time to restore, customer satisfaction, and the quality of knowledge articles.',
  'The role mentors colleagues, improves runbooks and tooling, and raises the operational maturity of the support function.',
  'It owns escalations end to end, coordinating cross-functional fixes while protecting service levels and customer trust.',
];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  /** Number of roles (the result has exactly this many). */
  roles: number;
  /** PRNG seed: same seed, same catalog. */
  seed?: number;
  /** Share of roles that state a lateral move in a Career Path section (0..1; default 0.3). */
  statedShare?: number;
}

/** Role titles per domain, in kind order, lowest level first. */
function domainRoles(domain: string): { title: string; kind: number; level: string }[] {
  const out: { title: string; kind: number; level: string }[] = [];
  KINDS.forEach((k, kind) => {
    for (const level of k.levels) {
      const family = `${domain} ${k.name}`;
      out.push({ title: level ? `${level} ${family}` : family, kind, level });
    }
  });
  return out;
}

function domainName(i: number): string {
  const a = DOMAIN_A[i % DOMAIN_A.length]!;
  const b = DOMAIN_B[Math.floor(i / DOMAIN_A.length) % DOMAIN_B.length]!;
  const round = Math.floor(i / (DOMAIN_A.length * DOMAIN_B.length));
  return round ? `${a} ${b} ${round + 1}` : `${a} ${b}`;
}

/**
 * Generates a catalog.
 * @param options - size, seed and share of roles with stated moves.
 * @returns blueprint text with exactly `options.roles` roles.
 */
export function generateCatalog(options: SyntheticOptions): string {
  const rand = mulberry32(options.seed ?? 42);
  const statedShare = options.statedShare ?? 0.3;
  const lines: string[] = [];
  let count = 0;
  for (let d = 0; count < options.roles; d++) {
    const domain = domainName(d);
    const roles = domainRoles(domain);
    for (let r = 0; r < roles.length && count < options.roles; r++) {
      const role = roles[r]!;
      const kind = KINDS[role.kind]!;
      const intro = `The ${role.title} provides ${role.level === 'Senior' || role.level === 'Lead' || role.level === 'Principal' ? 'advanced' : 'customer-facing'} support for ${domain.toLowerCase()} customers and internal users, with ${kind.phrase}.`;
      let summary = intro;
      while (summary.length < 480)
        summary += ' ' + SENTENCES[Math.floor(rand() * SENTENCES.length)]!;
      lines.push(`${role.title}: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path`);
      lines.push(summary);
      const top = roles.filter((x) => x.kind === role.kind).at(-1) === role;
      const moves: string[] = [];
      // Each family's top role names the next kind's entry role in its domain, so the kinds of a
      // domain chain together as in a real organization.
      const nextKind = roles.find((x) => x.kind === role.kind + 1);
      if (top && nextKind) moves.push(`Next: ${nextKind.title}`);
      // Some roles name the same role in an earlier domain, the one before or a random one:
      // the random links make the organization a small world (short paths between domains).
      if (d > 0 && rand() < statedShare) {
        const other = rand() < 0.5 ? d - 1 : Math.floor(rand() * d);
        moves.push(`Lateral: ${role.title.replace(domain, domainName(other))}`);
      }
      if (moves.length) lines.push('Career Path:', ...moves);
      count++;
    }
  }
  return lines.join('\n') + '\n';
}
