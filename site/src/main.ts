/**
 * The plan explorer: pick a plan, read its scorecard of what happened, try a scenario, bring
 * your own figures, see the charts — in English or Chinese. Everything is computed in the
 * page by the library's public API; the address keeps the plan, the language and the
 * scenario.
 */
import { scorecard, type Locale, type Observation, type ScorecardRow } from 'baotou-plan';
// Not in the package's entries: the sentence under the scorecard, as the command line says it.
import { reportedBy, scorecardSummary } from '../../src/format/scorecardSummary.js';
import { byId, fill, h } from './dom.js';
import { qty } from './format.js';
import { UI, nameIn } from './i18n.js';
import { problemText, problemsOf, type Problem } from './issues.js';
import { loadLanguage } from './language.js';
import { readObservationsText, schema } from './observations.js';
import { breakEvenTable, type BreakEvenTable } from './breakEvenTable.js';
import { embeddedPlans, sourceOf, type PlanSource } from './plans.js';
import { driversOf, outcomeOf, scenarioOf, type Driver, type Outcome } from './scenario.js';
import { renderScorecard, type ScorecardTable } from './scorecardTable.js';
import { isDecimalText, readState, writeState, type PageState } from './state.js';
import { renderAssessment, renderProjection } from './tables.js';

/** Range of the growth sliders, percent a year; the text fields take any exact decimal. */
const SLIDER = { min: '-10', max: '30', step: '0.1' } as const;

const plans = embeddedPlans();
const state: PageState = readState(location.search, plans.map((p) => p.key));
let source: PlanSource = plans.find((p) => p.key === state.plan) ?? (plans[0] as PlanSource);
/** A plan the user opened, kept so that the plan menu can return to it. */
let fileSource: PlanSource | null = null;
/** Observations the user brought, or `null` for the figures reported with the plan. */
let yours: readonly Observation[] | null = null;
let lastRows: readonly ScorecardRow[] = [];

/** The scenario editor of the current plan. */
interface Editor {
  readonly base: NonNullable<ReturnType<PlanSource['scenario']>>;
  readonly drivers: readonly Driver[];
  readonly breakEvens: BreakEvenTable;
  outcome: Outcome | null;
}
let editor: Editor | null = null;

const mainTable: ScorecardTable = { table: byId<HTMLTableElement>('scorecard'), prefix: 'explain', open: new Set() };
const verdictTable: ScorecardTable = { table: byId<HTMLTableElement>('verdicts'), prefix: 'scenario-explain', open: new Set() };

const locale = (): Locale => state.locale;
const observations = (): readonly Observation[] => yours ?? source.reported;

/** Write the state into the address, without a new history entry. */
function saveState(): void {
  history.replaceState(null, '', `${location.pathname}${writeState(state)}${location.hash}`);
}

/** A list of problems, as the error regions show them. */
function problemList(heading: string, problems: readonly Problem[]): HTMLElement[] {
  const colon = UI.colon[locale()];
  return [
    h('p', { class: 'error-heading' }, heading),
    h(
      'ul',
      {},
      problems.map((p) => h('li', {}, p.where === '' ? p.message : [h('code', { class: 'where' }, p.where), `${colon}${p.message}`])),
    ),
  ];
}

// ---- language ----

/** Write every static label in the page's language. */
function applyLanguage(): void {
  const l = locale();
  document.documentElement.lang = l;
  document.title = `${UI.title[l]} · baotou-plan`;
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const words = (UI as unknown as Record<string, Record<Locale, string> | undefined>)[element.dataset.i18n ?? ''];
    if (words !== undefined && typeof words === 'object' && l in words) element.textContent = words[l];
  }
  byId<HTMLSelectElement>('lang').value = l;
  fillPlanMenu();
}

/** The plan menu: the embedded plans, and a plan opened from a file. */
function fillPlanMenu(): void {
  const l = locale();
  const menu = byId<HTMLSelectElement>('plan');
  const options = plans.map((p) => h('option', { value: p.key }, `${p.key} · ${nameIn(p.plan.title, l)}`));
  if (fileSource !== null) options.push(h('option', { value: 'file' }, `${UI.planFromFile[l]}: ${nameIn(fileSource.plan.title, l)}`));
  fill(menu, options);
  menu.value = source.key;
}

// ---- plan ----

function renderPlanTitle(): void {
  const l = locale();
  const p = source.plan;
  const region = p.region === undefined ? '' : ` · ${nameIn(p.region, l)}`;
  fill(byId('plan-title'), h('strong', {}, nameIn(p.title, l)), `${region} · ${UI.planPeriod(p.period.start, p.period.end, p.baseYear)[l]}`);
}

/** Show another plan: its scorecard, a fresh scenario editor, the reported figures. */
function selectPlan(next: PlanSource): void {
  source = next;
  state.plan = next.key;
  state.growth.clear();
  state.chart = null;
  yours = null;
  mainTable.open.clear();
  verdictTable.open.clear();
  saveState();
  editor = null;
  renderAll();
}

/** Read a plan file, validate it with `definePlan`, and show it; problems are listed with their paths. */
async function openPlanFile(file: File): Promise<void> {
  const l = locale();
  const errors = byId('plan-errors');
  const text = await file.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    fill(errors, problemList(`${UI.planInvalid[l]} (${file.name})`, [{ where: UI.planNotJson[l], message: (error as Error).message }]));
    return;
  }
  const { definePlan } = await schema();
  try {
    fileSource = sourceOf('file', definePlan(json), []);
  } catch (error) {
    fill(errors, problemList(`${UI.planInvalid[l]} (${file.name})`, problemsOf(error, l)));
    return;
  }
  fill(errors);
  selectPlan(fileSource);
}

// ---- scorecard of what happened ----

function renderMain(): void {
  const l = locale();
  let rows: readonly ScorecardRow[];
  try {
    rows = scorecard(source.plan, observations());
  } catch (error) {
    // Observations the plan cannot take: say why, and judge on the reported figures.
    fill(byId('data-errors'), problemList(UI.dataInvalid[l], problemsOf(error, l)));
    yours = null;
    rows = scorecard(source.plan, observations());
  }
  lastRows = rows;
  byId('scorecard-summary').textContent = scorecardSummary(rows, yours === null ? { reported: reportedBy(source.plan) } : { observations: null }, l);
  byId('scorecard-caption').textContent = `${UI.scorecardCaption[l]} · ${nameIn(source.plan.title, l)}`;
  renderScorecard(mainTable, source.plan, rows, l);
}

// ---- your own figures ----

function renderDataStatus(): void {
  const l = locale();
  byId('data-status').textContent = yours === null ? UI.dataReported(source.reported.length)[l] : UI.dataUsing(yours.length)[l];
}

/** Read the text area as observations; on success judge on them, else list the problems. */
async function applyData(): Promise<void> {
  const text = byId<HTMLTextAreaElement>('data-text').value;
  const judged = source;
  const reading = await readObservationsText(text, judged.plan);
  if (source !== judged) return; // another plan was chosen meanwhile: these figures were not of it
  const l = locale();
  const errors = byId('data-errors');
  if (!reading.ok) {
    fill(errors, problemList(UI.dataInvalid[l], problemsOf(reading.error, l, reading.csv)));
    return;
  }
  fill(errors);
  yours = reading.observations;
  judgeAgain();
}

/** The observations changed: the scorecard, the assessment and the charts follow. */
function judgeAgain(): void {
  renderMain();
  renderAssessment(byId<HTMLTableElement>('assessment'), source.plan, observations(), locale());
  renderDataStatus();
  renderCharts();
}

async function readDroppedOrChosen(file: File): Promise<void> {
  byId<HTMLTextAreaElement>('data-text').value = await file.text();
  await applyData();
}

// ---- scenario ----

/** The editor of the current plan, made on first use. */
function currentEditor(): Editor | null {
  if (editor !== null) return editor;
  const base = source.scenario();
  if (base === null) return null;
  const drivers = driversOf(source.plan, base);
  const breakEvens = breakEvenTable(byId<HTMLTableElement>('breakeven'), source.plan, drivers.map((d) => d.series));
  editor = { base, drivers, breakEvens, outcome: null };
  return editor;
}

const rangeId = (i: number): string => `growth-range-${i}`;
const textId = (i: number): string => `growth-text-${i}`;

/** Build the sliders and text fields of the drivers. */
function renderDrivers(): void {
  const l = locale();
  const e = currentEditor();
  const box = byId('drivers');
  const reset = byId<HTMLButtonElement>('scenario-reset');
  if (e === null) {
    fill(box, h('p', { class: 'muted' }, UI.noScenario[l]));
    byId('scenario-base').textContent = '';
    reset.disabled = true;
    return;
  }
  reset.disabled = false;
  const english = e.base.name?.en ?? e.base.id;
  const chinese = e.base.name?.zh ?? UI.scenarioNames.find(([start]) => english.startsWith(start))?.[1];
  byId('scenario-base').textContent = UI.scenarioBase(l === 'zh-CN' && chinese !== undefined ? chinese : english)[l];
  const names = new Map(source.plan.indicators.map((i) => [i.id, i.name]));
  const indicatorUnit = new Map(source.plan.indicators.map((i) => [i.id, i.unit]));
  fill(
    box,
    e.drivers.map((d, i) => {
      const name = nameIn(names.get(d.series), l) || d.series;
      const value = state.growth.get(d.series) ?? d.start;
      const range = h('input', {
        type: 'range',
        id: rangeId(i),
        min: SLIDER.min,
        max: SLIDER.max,
        step: SLIDER.step,
        value,
        'aria-label': UI.growthSlider(name)[l],
        'data-series': d.series,
      });
      const text = h('input', {
        type: 'text',
        id: textId(i),
        inputmode: 'decimal',
        autocomplete: 'off',
        spellcheck: 'false',
        value,
        'aria-label': UI.growthExact(name)[l],
        'aria-describedby': `growth-error-${i}`,
        'data-series': d.series,
      });
      const error = h('span', { id: `growth-error-${i}`, class: 'field-error', role: 'status' });
      range.addEventListener('input', () => {
        text.value = range.value;
        text.removeAttribute('aria-invalid');
        error.textContent = '';
        setRate(d.series, range.value);
      });
      text.addEventListener('input', () => {
        const typed = text.value.trim();
        if (!isDecimalText(typed)) {
          text.setAttribute('aria-invalid', 'true');
          error.textContent = UI.badRate[locale()];
          return;
        }
        text.removeAttribute('aria-invalid');
        error.textContent = '';
        range.value = typed;
        setRate(d.series, typed);
      });
      const unit = d.unit ?? indicatorUnit.get(d.series);
      return h(
        'div',
        { class: 'driver', 'data-series': d.series },
        h('span', { class: 'driver-name' }, name),
        h('span', { class: 'driver-base muted' }, `${UI.baseLevel[l]} ${e.base.baseYear}: ${unit === undefined ? d.base.toFixed() : qty(d.base, unit, l)}`),
        range,
        text,
        h('span', { class: 'unit' }, '%'),
        error,
      );
    }),
  );
}

/** A rate was set: keep it in the address and recompute. */
function setRate(series: string, value: string): void {
  state.growth.set(series, value);
  saveState();
  scheduleScenario();
}

let scenarioFrame = 0;
/** Recompute the scenario at the next frame (a slider sends many input events). */
function scheduleScenario(): void {
  if (scenarioFrame !== 0) return;
  scenarioFrame = requestAnimationFrame(() => {
    scenarioFrame = 0;
    updateScenario();
  });
}

/** Project, judge, and start the break-evens again. */
function updateScenario(): void {
  const l = locale();
  const e = currentEditor();
  const errors = byId('scenario-error');
  if (e === null) {
    errors.textContent = '';
    for (const id of ['projection', 'verdicts', 'breakeven']) {
      const table = byId<HTMLTableElement>(id);
      fill(table.tHead as HTMLTableSectionElement);
      fill(table.tBodies[0] as HTMLTableSectionElement);
    }
    renderCharts();
    return;
  }
  let scenario;
  try {
    scenario = scenarioOf(e.base, e.drivers, state.growth);
    e.outcome = outcomeOf(source.plan, scenario);
    errors.textContent = '';
  } catch (error) {
    // Keep the last projection on show; say why this one cannot be made.
    errors.textContent = problemText(error, l);
    return;
  }
  renderProjection(byId<HTMLTableElement>('projection'), source.plan, e.outcome.projection, l);
  renderScorecard(verdictTable, source.plan, e.outcome.rows, l);
  e.breakEvens.start(scenario, e.outcome, l);
  renderCharts();
}

// ---- charts ----

let chartsModule: Promise<typeof import('./charts.js')> | null = null;
let chartRun = 0;

/** The indicators a trajectory can be drawn of: projected or observed, in plan order. */
function chartIndicators(): string[] {
  const projected = editor?.outcome?.projection.indicators ?? {};
  const observed = new Set(observations().map((o) => o.indicator));
  return source.plan.indicators.map((i) => i.id).filter((id) => id in projected || observed.has(id));
}

function fillChartMenu(): string | null {
  const l = locale();
  const menu = byId<HTMLSelectElement>('chart-indicator');
  const ids = chartIndicators();
  const names = new Map(source.plan.indicators.map((i) => [i.id, i.name]));
  fill(menu, ids.map((id) => h('option', { value: id }, nameIn(names.get(id), l) || id)));
  const chosen = state.chart !== null && ids.includes(state.chart) ? state.chart : (ids[0] ?? null);
  if (chosen !== null) menu.value = chosen;
  return chosen;
}

/** Draw the charts when they are shown (loading their code the first time). */
function renderCharts(): void {
  const details = byId<HTMLDetailsElement>('charts');
  if (!details.open) return;
  const l = locale();
  const indicator = fillChartMenu();
  const status = byId('chart-status');
  const run = ++chartRun;
  if (chartsModule === null) {
    status.textContent = UI.chartLoading[l];
    chartsModule = import('./charts.js');
  }
  void chartsModule
    .then(async (m) => {
      if (run !== chartRun) return;
      await m.drawCharts(byId('trajectory-chart'), byId('scorecard-chart'), {
        plan: source.plan,
        locale: l,
        projection: editor?.outcome?.projection ?? null,
        observations: observations(),
        indicator,
        rows: lastRows,
      });
      if (run === chartRun) {
        status.textContent = '';
        details.dataset.drawn = String(run);
      }
    })
    .catch((error: unknown) => {
      status.textContent = `${UI.error[l]}${UI.colon[l]}${problemText(error, l)}`;
    });
}

// ---- everything ----

function renderAll(): void {
  applyLanguage();
  renderPlanTitle();
  renderMain();
  renderDataStatus();
  renderAssessment(byId<HTMLTableElement>('assessment'), source.plan, observations(), locale());
  renderDrivers();
  updateScenario();
}

/** A file input and a drop zone: a file chosen or dropped goes to `take`. */
function takeFiles(input: HTMLInputElement, zone: HTMLElement, take: (file: File) => Promise<void>): void {
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file !== undefined) void take(file);
    input.value = '';
  });
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    const file = event.dataTransfer?.files[0];
    if (file !== undefined) void take(file);
  });
}

function wire(): void {
  let languageAsked = 0;
  byId<HTMLSelectElement>('lang').addEventListener('change', (event) => {
    const next = (event.target as HTMLSelectElement).value as Locale;
    // Two quick changes: the later one wins, whichever language loads first.
    const asked = ++languageAsked;
    void loadLanguage(next).then(
      () => {
        if (asked !== languageAsked) return;
        state.locale = next;
        saveState();
        renderAll();
      },
      (error: unknown) => {
        // The Chinese chunk could not be loaded: stay in the language the page is in, and say why.
        byId<HTMLSelectElement>('lang').value = locale();
        fill(byId('plan-errors'), problemList(UI.error[locale()], problemsOf(error, locale())));
        console.error(error);
      },
    );
  });
  byId<HTMLSelectElement>('plan').addEventListener('change', (event) => {
    const key = (event.target as HTMLSelectElement).value;
    const next = key === 'file' ? fileSource : plans.find((p) => p.key === key);
    if (next !== null && next !== undefined) {
      fill(byId('plan-errors'));
      selectPlan(next);
    }
  });
  takeFiles(byId<HTMLInputElement>('plan-file'), byId('plan-drop'), openPlanFile);
  byId('data-apply').addEventListener('click', () => void applyData());
  byId('data-reset').addEventListener('click', () => {
    yours = null;
    fill(byId('data-errors'));
    judgeAgain();
  });
  takeFiles(byId<HTMLInputElement>('data-file'), byId('data-drop'), readDroppedOrChosen);
  byId('scenario-reset').addEventListener('click', () => {
    state.growth.clear();
    saveState();
    renderDrivers();
    updateScenario();
  });
  byId<HTMLDetailsElement>('charts').addEventListener('toggle', renderCharts);
  byId<HTMLSelectElement>('chart-indicator').addEventListener('change', (event) => {
    state.chart = (event.target as HTMLSelectElement).value;
    saveState();
    renderCharts();
  });
}

/** The first render: the scorecard first (what the benchmark times), then the rest. */
async function start(): Promise<void> {
  try {
    await loadLanguage(state.locale);
    wire();
    applyLanguage();
    renderPlanTitle();
    renderMain();
    performance.mark('scorecard-rendered');
    renderDataStatus();
    renderAssessment(byId<HTMLTableElement>('assessment'), source.plan, observations(), locale());
    renderDrivers();
    updateScenario();
  } catch (error) {
    // A bug, not bad input: say so on the page and in the console.
    fill(byId('plan-errors'), problemList(UI.error[locale()], problemsOf(error, locale())));
    console.error(error);
  } finally {
    // The content was hidden while it was filled in (no shifts): show it, whatever happened.
    document.body.dataset.ready = 'true';
  }
}

void start();
