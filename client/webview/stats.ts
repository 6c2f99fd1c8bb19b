/**
 * The stats webview's script (bundled by scripts/build.mjs into out/webview/stats.js, Chart.js inside:
 * nothing is fetched). It draws what the extension posts (`StatsPayload`, see client/src/stats/viewModel.ts)
 * with VS Code's theme colours, keeps the last payload with `setState` so a hidden tab comes back at once,
 * and posts back what it rendered (read from its own DOM) for the end-to-end tests.
 *
 * Every chart has a table beside it (in a <details>), so a screen reader or a keyboard user gets the
 * same numbers; buttons and summaries take focus in order and show VS Code's focus border.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration } from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';
import type { StatsPayload } from '../src/stats/viewModel';
import { CHART_NAMES, RECENT_DAYS, wordsLabel } from '../src/stats/viewModel';
import { formatNumber } from '../src/format';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend, MatrixController, MatrixElement);

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): { payload?: StatsPayload; scrollY?: number; open?: string[] } | undefined;
  setState(state: { payload?: StatsPayload; scrollY?: number; open?: string[] }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root')!;
const charts: Chart[] = [];
let current: StatsPayload | undefined;

/** The theme's colours, read from VS Code's CSS variables (they change with the theme). */
function theme() {
  const css = getComputedStyle(document.body);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const highContrast = document.body.classList.contains('vscode-high-contrast') || document.body.classList.contains('vscode-high-contrast-light');
  return {
    foreground: v('--vscode-foreground', '#888'),
    lines: v('--vscode-charts-lines', '#8888'),
    blue: v('--vscode-charts-blue', '#3794ff'),
    green: v('--vscode-charts-green', '#89d185'),
    yellow: v('--vscode-charts-yellow', '#cca700'),
    orange: v('--vscode-charts-orange', '#d18616'),
    purple: v('--vscode-charts-purple', '#b180d7'),
    red: v('--vscode-charts-red', '#f14c4c'),
    border: highContrast ? v('--vscode-contrastBorder', v('--vscode-foreground', '#fff')) : 'transparent',
    empty: v('--vscode-editorWidget-background', v('--vscode-editor-background', '#0000')),
    font: v('--vscode-font-family', 'sans-serif'),
    highContrast,
  };
}

/** An element with text and children; attributes set as properties (no style attribute: the CSP forbids it). */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> & { className?: string } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  for (const c of children) e.append(c);
  return e;
}

function table(caption: string, head: string[], rows: (string | number)[][], numeric = head.map((_, i) => i > 0)): HTMLTableElement {
  const t = el('table', {}, el('caption', { textContent: caption }));
  t.append(el('thead', {}, el('tr', {}, ...head.map((h, i) => el('th', { scope: 'col', textContent: h, className: numeric[i] ? 'num' : '' })))));
  const body = el('tbody');
  for (const r of rows) body.append(el('tr', {}, ...r.map((c, i) => el(i === 0 ? 'th' : 'td', { textContent: typeof c === 'number' ? formatNumber(c) : c, className: numeric[i] ? 'num' : '', ...(i === 0 ? { scope: 'row' } : {}) } as Partial<HTMLTableCellElement>))));
  t.append(body);
  return t;
}

/** A <details> that remembers being open across re-renders (by `key`). */
function details(key: string, summary: string, ...content: Node[]): HTMLDetailsElement {
  const open = vscode.getState()?.open ?? [];
  const head = el('summary', { textContent: summary });
  head.dataset.focus = `details:${key}`;
  const d = el('details', { open: open.includes(key) }, head, ...content);
  d.dataset.key = key;
  d.addEventListener('toggle', () => saveState());
  return d;
}

function chartBox(label: string, height: number, config: ChartConfiguration): HTMLElement {
  const canvas = el('canvas', { role: 'img', ariaLabel: label } as Partial<HTMLCanvasElement>);
  const box = el('div', { className: 'chart' }, canvas);
  box.style.height = `${height}px`; // CSSOM, which the CSP allows (a style attribute it would not)
  queueMicrotask(() => charts.push(new Chart(canvas, config)));
  return box;
}

function baseOptions(t: ReturnType<typeof theme>) {
  Chart.defaults.color = t.foreground;
  Chart.defaults.borderColor = t.lines;
  Chart.defaults.font.family = t.font;
  return { animation: false as const, responsive: true, maintainAspectRatio: false };
}

function progressBar(label: string, value: number, max: number, text: string, state = ''): HTMLElement {
  const bar = el('progress', { max, value: Math.min(value, max), ariaLabel: label } as Partial<HTMLProgressElement>);
  return el('div', { className: `meter ${state}` }, el('div', { className: 'meter-label', textContent: label }), bar, el('div', { className: 'meter-text', textContent: text }));
}

function card(label: string, value: string, hint = '', id = ''): HTMLElement {
  const c = el('div', { className: 'card' }, el('div', { className: 'card-label', textContent: label }), el('div', { className: 'card-value', textContent: value }));
  if (id) c.dataset.stat = id;
  if (hint) c.append(el('div', { className: 'card-hint', textContent: hint }));
  return c;
}

/** The last payload drawn, as JSON: the same data again is not drawn again. */
let drawn = '';

function render(p: StatsPayload): void {
  const json = JSON.stringify(p);
  if (json === drawn) return;
  drawn = json;
  // What had the keyboard focus comes back after the redraw (a keyboard user is not thrown to the top).
  const focus = (document.activeElement as HTMLElement | null)?.dataset?.focus;
  // Where the writer was: this page before the redraw, or the state kept while the tab was hidden.
  const scrollY = current ? window.scrollY : (vscode.getState()?.scrollY ?? 0);
  current = p;
  for (const c of charts.splice(0)) c.destroy();
  const t = theme();
  const base = baseOptions(t);
  root.replaceChildren();

  root.append(el('h1', { textContent: `Stats — ${p.work}` }));
  for (const problem of p.problems) root.append(el('p', { className: 'problem', role: 'alert', textContent: problem }));

  // Totals, as AO3 counts them.
  const totals = el('section', { ariaLabel: 'Word counts' } as Partial<HTMLElement>);
  totals.append(
    el('h2', { textContent: 'Word count (as AO3 counts it)' }),
    el(
      'div',
      { className: 'cards' },
      card('Story', formatNumber(p.totals.story), 'what AO3 shows', 'story'),
      card("Author's notes", formatNumber(p.totals.notes), 'not counted', 'notes'),
      card('Header', formatNumber(p.totals.header), 'not counted', 'header'),
      ...(p.totals.headings ? [card('Chapter headings', formatNumber(p.totals.headings), 'not counted', 'headings')] : []),
      card('Total', formatNumber(p.totals.total), 'every word in the file', 'total'),
    ),
  );
  if (p.target) totals.append(progressBar(`Target: ${p.target.exact ? 'exactly ' : ''}${formatNumber(p.target.goal)} words`, p.target.story, p.target.goal, p.target.text, p.target.state));
  root.append(totals);

  // Today and the goals.
  const g = p.progress;
  const today = el('section', { ariaLabel: 'Progress' } as Partial<HTMLElement>, el('h2', { textContent: 'Progress' }));
  const todayHint = [`typed ${formatNumber(g.todayAdded)}`, `deleted ${formatNumber(g.todayDeleted)}`];
  if (g.todayPasted || g.todayCut) todayHint.push(`pasted ${formatNumber(g.todayPasted)} and cut ${formatNumber(g.todayCut)} not counted`);
  if (g.todayCorrected) todayHint.push('corrected');
  today.append(
    el(
      'div',
      { className: 'cards' },
      card('Today', formatNumber(g.todayWords), todayHint.join(', '), 'today'),
      card('This session', formatNumber(g.sessionWords), g.dailyGoal && g.sessionWords > g.dailyGoal ? `${formatNumber(g.sessionWords - g.dailyGoal)} past the goal` : 'since this window opened', 'session'),
      card('Streak', `${g.streak} ${g.streak === 1 ? 'day' : 'days'}`, g.dailyGoal ? `days with ${formatNumber(g.dailyGoal)}+ words` : 'days with words written', 'streak'),
      ...(g.deadline
        ? [card('Words a day needed', formatNumber(g.deadline.perDay), g.deadline.daysLeft > 0 ? `${wordsLabel(g.deadline.remaining)} to go, ${g.deadline.daysLeft} ${g.deadline.daysLeft === 1 ? 'day' : 'days'} left (to ${g.deadline.date})` : `the deadline (${g.deadline.date}) has passed`, 'perDay')]
        : []),
    ),
  );
  if (g.dailyGoal) today.append(progressBar(`Daily goal: ${formatNumber(g.dailyGoal)} words`, Math.max(0, g.todayWords), g.dailyGoal, g.todayWords >= g.dailyGoal ? 'Goal met.' : `${wordsLabel(g.dailyGoal - g.todayWords)} to go.`, g.todayWords >= g.dailyGoal ? 'reached' : 'short'));
  if (g.deadline) today.append(progressBar(`Deadline: ${formatNumber(g.deadline.target)} words by ${g.deadline.date}`, p.totals.story, g.deadline.target, `${formatNumber(p.totals.story)} of ${formatNumber(g.deadline.target)}`, g.deadline.remaining === 0 ? 'reached' : 'short'));
  const actions = el('div', { className: 'actions' });
  const correct = el('button', { type: 'button', textContent: 'Correct today…', title: "Set today's words (a paste that was your own writing, or words that were not)" });
  correct.dataset.focus = 'correct';
  correct.addEventListener('click', () => vscode.postMessage({ type: 'correct', day: g.today }));
  const exportButton = el('button', { type: 'button', className: 'secondary', textContent: 'Export history…' });
  exportButton.dataset.focus = 'export';
  exportButton.addEventListener('click', () => vscode.postMessage({ type: 'export' }));
  actions.append(correct, exportButton);
  today.append(actions);
  root.append(today);

  // The year, as a calendar: a column per week, a row per weekday.
  const year = el('section', { ariaLabel: 'Writing calendar' } as Partial<HTMLElement>, el('h2', { textContent: 'The last year' }));
  const max = Math.max(1, ...g.year.map((d) => d.words));
  const firstWeekday = new Date(`${g.year[0]!.day}T00:00:00Z`).getUTCDay();
  const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const cells = g.year.map((d, i) => ({ x: Math.floor((i + firstWeekday) / 7), y: weekdays[(i + firstWeekday) % 7]!, v: d.words, day: d.day }));
  const written = g.year.filter((d) => d.words > 0);
  year.append(
    chartBox(`Calendar of the last year: ${written.length} days with words written`, 150, {
      type: 'matrix',
      data: {
        datasets: [
          {
            label: 'Words',
            data: cells,
            backgroundColor: (ctx: { raw?: unknown }) => {
              const v = (ctx.raw as { v: number } | undefined)?.v ?? 0;
              if (v <= 0) return t.empty;
              return withAlpha(t.green, 0.25 + 0.75 * Math.min(1, v / max));
            },
            borderColor: t.highContrast ? t.border : t.lines,
            borderWidth: 1,
            width: ({ chart }: { chart: Chart }) => (chart.chartArea ? chart.chartArea.width / 53 - 2 : 8),
            height: ({ chart }: { chart: Chart }) => (chart.chartArea ? chart.chartArea.height / 7 - 2 : 8),
          } as never,
        ],
      },
      options: {
        ...base,
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { title: (items) => (items[0]?.raw as { day: string }).day, label: (item) => wordsLabel((item.raw as { v: number }).v) } },
        },
        scales: {
          x: { type: 'linear', min: -0.5, max: 52.5, offset: false, display: false },
          y: { type: 'category', labels: weekdays, offset: true, reverse: true, ticks: { autoSkip: false, callback: (_, i) => (i % 2 === 1 ? weekdays[i] : '') }, grid: { display: false } },
        },
      },
    }),
    details('year', `Days with words written (${written.length})`, table('Words per day', ['Day', 'Words'], [...written].reverse().map((d) => [d.day, d.words]))),
  );
  root.append(year);

  // Words per day, the last 30.
  const recent = g.year.slice(-RECENT_DAYS);
  const perDay = el('section', { ariaLabel: 'Words per day' } as Partial<HTMLElement>, el('h2', { textContent: `Words per day (last ${RECENT_DAYS})` }));
  perDay.append(
    chartBox(`Words per day over the last ${RECENT_DAYS} days`, 200, {
      type: 'bar',
      data: {
        labels: recent.map((d) => d.day.slice(5)),
        datasets: [
          { type: 'bar', label: 'Words', data: recent.map((d) => d.words), backgroundColor: t.blue, borderColor: t.border, borderWidth: t.highContrast ? 1 : 0 },
          ...(g.dailyGoal ? [{ type: 'line' as const, label: 'Daily goal', data: recent.map(() => g.dailyGoal!), borderColor: t.orange, borderDash: [4, 4], pointRadius: 0, borderWidth: 2 }] : []),
        ],
      },
      options: { ...base, plugins: { legend: { display: Boolean(g.dailyGoal) } }, scales: { y: { beginAtZero: true } } },
    }),
    details('recent', 'As a table', table(`Words per day, last ${RECENT_DAYS} days`, ['Day', 'Words'], recent.map((d) => [d.day, d.words]))),
  );
  root.append(perDay);

  // Chapters and scenes.
  if (p.chapters.length > 0) {
    const rows = p.chapters.flatMap((c) => [{ ...c, scene: false }, ...c.scenes.map((s) => ({ ...s, scene: true }))]);
    const chapters = el('section', { ariaLabel: 'Chapters and scenes' } as Partial<HTMLElement>, el('h2', { textContent: 'Chapters and scenes' }));
    chapters.append(
      chartBox('Story words per chapter and scene', Math.min(600, 40 + rows.length * 22), {
        type: 'bar',
        data: {
          labels: rows.map((r) => (r.scene ? `   ${r.name}` : r.name)),
          datasets: [{ label: 'Story words', data: rows.map((r) => r.words), backgroundColor: rows.map((r) => (r.scene ? withAlpha(t.blue, 0.55) : t.purple)), borderColor: t.border, borderWidth: t.highContrast ? 1 : 0 }],
        },
        options: { ...base, indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true } } },
      }),
    );
    const list = el('table', {}, el('caption', { textContent: 'Chapters and scenes (Enter on a name goes to it)' }));
    list.append(el('thead', {}, el('tr', {}, el('th', { scope: 'col', textContent: 'Chapter / scene' }), el('th', { scope: 'col', className: 'num', textContent: 'Line' }), el('th', { scope: 'col', className: 'num', textContent: 'Words' }))));
    const body = el('tbody');
    for (const r of rows) {
      const go = el('button', { type: 'button', className: 'link', textContent: r.name });
      go.dataset.focus = `line:${r.line}`;
      go.addEventListener('click', () => vscode.postMessage({ type: 'reveal', line: r.line }));
      body.append(el('tr', { className: r.scene ? 'scene' : 'chapter' }, el('th', { scope: 'row' }, go), el('td', { className: 'num', textContent: String(r.line + 1) }), el('td', { className: 'num', textContent: formatNumber(r.words) })));
    }
    list.append(body);
    chapters.append(list);
    root.append(chapters);
  }

  // Canon names per chapter.
  const mentions = el('section', { ariaLabel: 'Canon names mentioned' } as Partial<HTMLElement>, el('h2', { textContent: 'Characters mentioned (from the canon)' }));
  if (p.mentions.rows.length === 0) {
    mentions.append(el('p', { className: 'muted', textContent: 'No canon names in the story yet. Canon names come from .canon files, fic.canon.words and the header’s Characters: field.' }));
  } else {
    const palette = [t.blue, t.green, t.orange, t.purple, t.yellow, t.red, withAlpha(t.blue, 0.5), withAlpha(t.green, 0.5)];
    const shown = p.mentions.rows.slice(0, CHART_NAMES);
    mentions.append(
      chartBox(`Mentions per chapter of the ${shown.length} most mentioned canon names`, 240, {
        type: 'bar',
        data: { labels: p.mentions.chapters, datasets: shown.map((m, i) => ({ label: m.name, data: m.chapters, backgroundColor: palette[i % palette.length], borderColor: t.border, borderWidth: t.highContrast ? 1 : 0 })) },
        options: { ...base, plugins: { legend: { position: 'bottom' } }, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
      }),
      details('mentions', `All ${p.mentions.rows.length} names, as a table`, table('Mentions per chapter', ['Name', ...p.mentions.chapters, 'Total'], p.mentions.rows.map((m) => [m.name, ...m.chapters, m.total]))),
    );
  }
  root.append(mentions);

  window.scrollTo(0, scrollY);
  if (focus) root.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focus)}"]`)?.focus({ preventScroll: true });
  saveState();
  // What the writer sees, read back from the page (the end-to-end tests assert it).
  const stat = (id: string) => root.querySelector(`[data-stat="${id}"] .card-value`)?.textContent ?? '';
  vscode.postMessage({
    type: 'rendered',
    view: {
      story: stat('story'),
      notes: stat('notes'),
      header: stat('header'),
      total: stat('total'),
      today: stat('today'),
      session: stat('session'),
      streak: stat('streak'),
      chapters: [...root.querySelectorAll('tbody tr.chapter, tbody tr.scene')].map((r) => [...(r as HTMLTableRowElement).cells].map((c) => (c.textContent ?? '').trim()).join(' | ')),
      charts: root.querySelectorAll('canvas').length,
    },
  });
}

/** `color` (any CSS colour) at `alpha`, via the canvas's own parser. */
function withAlpha(color: string, alpha: number): string {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return color;
  ctx.fillStyle = color;
  const hex = ctx.fillStyle; // #rrggbb or rgba(...)
  if (hex.startsWith('#')) {
    const n = parseInt(hex.slice(1, 7), 16);
    return `rgba(${n >> 16}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
  }
  return hex.replace(/rgba?\(([^)]+?)(,\s*[\d.]+)?\)/, (_, rgb) => `rgba(${rgb}, ${alpha})`);
}

function saveState(): void {
  vscode.setState({ payload: current, scrollY: window.scrollY, open: [...root.querySelectorAll('details[open]')].map((d) => (d as HTMLElement).dataset.key ?? '') });
}

window.addEventListener('message', (event: MessageEvent) => {
  const message = event.data as { type?: string; payload?: StatsPayload };
  if (message?.type === 'update' && message.payload) render(message.payload);
});
let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  clearTimeout(scrollTimer);
  scrollTimer = setTimeout(saveState, 200);
});
// A theme change swaps the body's classes: draw again in the new colours.
new MutationObserver(() => {
  drawn = '';
  if (current) render(current);
}).observe(document.body, { attributes: true, attributeFilter: ['class'] });

const saved = vscode.getState()?.payload;
if (saved) render(saved);
vscode.postMessage({ type: 'ready' });
