/**
 * The work for 2016 (section III.a–d): the tasks with the industries they name, and the one
 * dated deliverable. (The 2016 share target of III.c is in `targets.ts`.)
 *
 * @internal
 * @module
 */
import type { MilestoneInput, TaskInput } from './types.js';
import { report } from './sources.js';

const YEAR_2016 = { start: 2016, end: 2016 };

/** The four tasks of 2016 (III.a–d), each with the industries it names. */
export const tasks: TaskInput[] = [
  {
    id: 'task-2016-a',
    period: YEAR_2016,
    title: { en: 'Transform traditional industries' },
    industries: [{ en: 'steel' }, { en: 'aluminum' }],
    source: report('III.a', 'focusing on traditional industries such as steel and aluminum and helping them with technology innovation and extending the industrial chain'),
  },
  {
    id: 'task-2016-b',
    period: YEAR_2016,
    title: { en: 'Digitized transformation of traditional equipment manufacturing' },
    industries: [{ en: 'equipment manufacturing' }],
    source: report('III.b', 'Make the best use of information and technology for the digitized transformation of traditional equipment manufacturing'),
  },
  {
    id: 'task-2016-c',
    period: YEAR_2016,
    title: { en: 'Develop emerging industries for economic momentum' },
    industries: [
      { en: 'rare earth processing' },
      { en: 'rare earth new materials and other functional materials' },
      { en: 'new-energy vehicle' },
      { en: '3D printing' },
      { en: 'drone' },
      { en: 'robot' },
    ],
    source: report(
      'III.c',
      'introduce policies that encourage rare earth processing, build a cluster of rare earth new materials and other functional materials, and develop the new-energy vehicle, 3D printing, drone, and robot industries',
    ),
  },
  {
    id: 'task-2016-d',
    period: YEAR_2016,
    title: { en: "Improve Baotou's innovation capacity" },
    industries: [
      { en: 'steel' },
      { en: 'aluminum' },
      { en: 'equipment manufacturing' },
      { en: 'rare earth' },
      { en: 'new energy' },
      { en: 'energy material' },
    ],
    source: report(
      'III.d',
      'both in the traditional areas of steel, aluminum, equipment manufacturing and rare earth, and in emerging industries such as new energy and energy material',
    ),
  },
];

/** The one dated deliverable: the Internet Plus platform by the end of 2016 (III.b). */
export const milestones: MilestoneInput[] = [
  {
    id: 'internet-plus-platform-2016',
    description: { en: 'A cooperation platform in operation and an "Internet Plus" manufacturing mode developed' },
    due: '2016-12-31',
    task: 'task-2016-b',
    source: /* @__PURE__ */ report('III.b', 'put a cooperation platform into operation and develop an "Internet Plus" manufacturing mode by the end of this year'),
  },
];
