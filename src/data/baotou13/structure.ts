/**
 * The plan's frame: principles, strategies, goals, the industrial layout and the counted
 * commitments (preamble and section II of the report).
 *
 * @internal
 * @module
 */
import type { CommitmentKind } from '../../vocabulary.js';
import { publication, report } from './sources.js';
import type { CommitmentInput, GoalInput, LayoutZoneInput, PrincipleInput, ReportSourceInput, StrategyInput } from './types.js';

const PRINCIPLES_QUOTE = 'follow the principles of innovation, coordination, greenness, opening up, and sharing';

/**
 * The five principles (the five development concepts of the 13th FYP; the Chinese terms
 * are the standard ones: 创新、协调、绿色、开放、共享).
 */
export const principles: PrincipleInput[] = [
  { id: 'innovation', name: { en: 'innovation', zh: '创新' }, source: /* @__PURE__ */ report('II', PRINCIPLES_QUOTE) },
  { id: 'coordination', name: { en: 'coordination', zh: '协调' }, source: /* @__PURE__ */ report('II', PRINCIPLES_QUOTE) },
  { id: 'greenness', name: { en: 'greenness', zh: '绿色' }, source: /* @__PURE__ */ report('II', PRINCIPLES_QUOTE) },
  { id: 'opening-up', name: { en: 'opening up', zh: '开放' }, source: /* @__PURE__ */ report('II', PRINCIPLES_QUOTE) },
  { id: 'sharing', name: { en: 'sharing', zh: '共享' }, source: /* @__PURE__ */ report('II', PRINCIPLES_QUOTE) },
];

/** "8337" and "6521": named, not described (no source describing them was found). */
export const strategies: StrategyInput[] = [
  {
    id: '8337',
    name: '8337',
    scope: 'region',
    sources: [/* @__PURE__ */ report('II', 'continue the region\'s "8337" strategy')],
  },
  {
    id: '6521',
    name: '6521',
    scope: 'city',
    sources: [/* @__PURE__ */ report('II', 'the city\'s "6521" strategy')],
  },
];

/** The goals in words. */
export const goals: GoalInput[] = [
  {
    id: 'leader-in-innovative-open-development',
    text: { en: 'a leader in Inner Mongolia in innovative, open development' },
    source: /* @__PURE__ */ report('preamble', 'becoming a leader in Inner Mongolia in innovative, open development'),
  },
  {
    id: 'moderately-prosperous-society',
    text: { en: 'a moderately prosperous society', zh: '小康社会' },
    source: /* @__PURE__ */ report('II', 'develop a moderately prosperous society'),
  },
];

/** The six zones of the industrial layout, in the report's order and words. */
export const layout: LayoutZoneInput[] = [
  { id: 'east', direction: 'east', label: { en: 'east' }, industries: [{ en: 'aluminum' }], source: /* @__PURE__ */ report('preamble', 'east for aluminum') },
  { id: 'west', direction: 'west', label: { en: 'west' }, industries: [{ en: 'steel' }], source: /* @__PURE__ */ report('preamble', 'west for steel') },
  { id: 'south', direction: 'south', label: { en: 'south' }, industries: [{ en: 'technology' }], source: /* @__PURE__ */ report('preamble', 'south for technology') },
  { id: 'north', direction: 'north', label: { en: 'north' }, industries: [{ en: 'equipment' }], source: /* @__PURE__ */ report('preamble', 'north for equipment') },
  {
    id: 'two-sides',
    direction: 'both-wings',
    label: { en: 'two sides' },
    industries: [{ en: 'coal chemicals' }],
    source: /* @__PURE__ */ report('preamble', 'two sides for coal chemicals'),
  },
  {
    id: 'northern-mountain',
    direction: 'northern-mountain',
    label: { en: 'a mountain to the north' },
    industries: [{ en: 'new energy' }],
    source: /* @__PURE__ */ report('preamble', 'a mountain to the north for new energy'),
  },
];

const ZONES_QUOTE = 'with the rare earth zone and equipment manufacturing zone breaking 100-billion yuan';

/** A counted commitment whose members no source names. */
function unnamed(id: string, kind: CommitmentKind, count: number, theme: string, sources: ReportSourceInput[]): CommitmentInput {
  return { id, kind, count, theme: { en: theme }, members: [], enumerated: false, sources };
}

/**
 * The five counted commitments. No source names the bases, chains, rare-earth industries or
 * clusters; of the nine parks the report names two (I.e).
 */
export const commitments: CommitmentInput[] = [
  /* @__PURE__ */ unnamed('industrial-bases', 'base', 6, 'industrial bases', [
    /* @__PURE__ */ report('preamble', 'building six industrial bases'),
    /* @__PURE__ */ report('II', 'building six industrial bases'),
  ]),
  /* @__PURE__ */ unnamed('industrial-chains', 'chain', 8, 'new-energy vehicles and intelligent manufacturing', [
    /* @__PURE__ */ report('preamble', 'developing eight industrial chains for new-energy vehicles and intelligent manufacturing'),
    /* @__PURE__ */ report('II', 'forming eight new industrial chains for new-energy vehicles and intelligent manufacturing'),
  ]),
  /* @__PURE__ */ unnamed('rare-earth-industries', 'industry', 9, 'transforming industries in rare earth', [
    /* @__PURE__ */ report('preamble', 'transforming nine industries in rare earth'),
    /* @__PURE__ */ report('II', 'transforming nine industries in rare earth'),
  ]),
  /* @__PURE__ */ unnamed('industrial-clusters', 'cluster', 10, 'steel, equipment and rare earth new material applications', [
    /* @__PURE__ */ report('preamble', 'forming 10 industrial clusters for steel, equipment and rare earth new material applications'),
    /* @__PURE__ */ report('II', 'building 10 industrial clusters for steel, equipment and rare earth new materials'),
  ]),
  {
    id: 'industrial-parks',
    kind: 'park',
    count: 9,
    theme: { en: 'industrial parks with hundreds of billions of yuan each' },
    members: [
      {
        id: 'rare-earth-zone',
        name: { en: 'rare earth zone' },
        sources: [/* @__PURE__ */ report('I.e', ZONES_QUOTE)],
        note:
          "The report's words. Very likely Baotou's national-level rare-earth high-tech zone (包头稀土高新技术产业开发区), but no source read says so; it is therefore neither renamed nor given a level, and the national zone is not listed as a separate member, which could count one park twice.",
      },
      {
        id: 'equipment-manufacturing-zone',
        name: { en: 'equipment manufacturing zone' },
        sources: [/* @__PURE__ */ report('I.e', ZONES_QUOTE)],
        note:
          "The report's words. A news report of 2013, read in a copy that does not name its publisher (http://800voicemailstore.com/newsxx,18893.html), expected the equipment manufacturing park's total revenue (营业总收入) to pass 100 bn yuan for the first time in 2013.",
      },
    ],
    enumerated: false,
    sources: [
      /* @__PURE__ */ report('preamble', 'building nine industrial parks with hundreds of billions of yuan'),
      /* @__PURE__ */ report('II', 'building nine industrial parks with 100s of billions of yuan each'),
      /* @__PURE__ */ report('I.e', 'All nine of the industrial zones had incomes above 10-billion yuan for the period'),
      /* @__PURE__ */ publication(
        'Baotou water bureau (包头市水务局): the page "包头概况" (Baotou overview)',
        '2021',
        'https://btsswj.oliil.com/sys-nd/317.html',
        '拥有1个国家级稀[土]高新技术产业开发区和8个自治区级工业园区 (one national-level rare-earth high-tech zone and eight autonomous-region-level industrial parks; [土] is missing in the page)',
      ),
    ],
    note:
      "The nine parks are read as the nine industrial zones of the 12th FYP review (I.e). By level: one national-level zone, 包头稀土高新技术产业开发区, and eight autonomous-region-level parks (Baotou water bureau, about 2021, secondary). Only the report's two zones are members; the other seven parks are not named by any source read.",
  },
];
