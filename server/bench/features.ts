/**
 * Finds the core feature functions that have landed, so the benchmark measures each feature as soon as
 * it exists and reports `n/a` for the rest. Each probe imports a module and picks an exported function
 * by name; a module that is missing, a stub, or throws on import is `n/a`.
 */
import type { FicModel } from '../src/core/model';
import type { AnalysisEnv } from '../src/core/features/diagnostics';

type AnyFn = (...args: any[]) => any;

export interface Feature {
  readonly name: string;
  /** `module#export` actually measured, or why it is n/a. */
  readonly source: string;
  readonly run?: (model: FicModel, env: AnalysisEnv) => unknown;
}

export interface Core {
  parse?: (text: string) => FicModel;
  /** True when `parse` is still the scaffold stub (no paragraphs for a non-empty text). */
  parseIsStub: boolean;
  getLints?: (model: FicModel, env: AnalysisEnv) => { code: string; start: number; end: number }[];
  /** Builds the environment with the canon index from `.canon` text, if the canon module can. */
  makeEnv: (canonText: string) => { env: AnalysisEnv; source: string };
  features: Feature[];
}

async function load(path: string): Promise<Record<string, unknown> | undefined> {
  try {
    return (await import(path)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** The first exported function of `mod` whose name is in `names`, else the first matching `pattern`. */
function pick(mod: Record<string, unknown> | undefined, names: string[], pattern?: RegExp): [string, AnyFn] | undefined {
  if (!mod) return undefined;
  for (const n of names) if (typeof mod[n] === 'function') return [n, mod[n] as AnyFn];
  if (pattern) {
    for (const [n, v] of Object.entries(mod)) if (typeof v === 'function' && pattern.test(n)) return [n, v as AnyFn];
  }
  return undefined;
}

async function probe(name: string, modules: string[], names: string[], pattern: RegExp, withEnv = false): Promise<Feature> {
  for (const m of modules) {
    const found = pick(await load(m), names, pattern);
    if (found) {
      const [fn, f] = found;
      return { name, source: `${m.replace('../src/core/', '')}#${fn}`, run: withEnv ? (model, env) => f(model, env) : (model) => f(model) };
    }
  }
  return { name, source: 'not landed' };
}

/** Loads whatever core functions exist now. */
export async function discover(): Promise<Core> {
  const parseMod = await load('../src/core/parse/parse');
  const parse = parseMod?.parse as Core['parse'];
  const parseIsStub = !parse || parse('Hello there.\n\nA second paragraph.').paragraphs.length === 0;
  const diag = await load('../src/core/features/diagnostics');
  const getLints = diag?.getLints as Core['getLints'];

  // The canon work's loader: parse `.canon` text into entries, then build the index from them.
  const canonFile = await load('../src/core/canon/canonFile');
  const canonIndex = await load('../src/core/canon/canonIndex');
  const Index = canonIndex?.CanonIndex as any;
  const parseCanon = canonFile?.parseCanonText as ((text: string, source: string) => { entries: unknown[] }) | undefined;
  const makeEnv = (text: string): { env: AnalysisEnv; source: string } => {
    if (!Index || typeof Index.build !== 'function' || !parseCanon) {
      return { env: { canon: Index?.empty?.() }, source: 'no canon loader (n/a)' };
    }
    try {
      // English spelling on, as the server and `fic check` ship.
      return { env: { canon: Index.build(parseCanon(text, 'file:///bench.canon').entries), spelling: { enabled: true, language: 'en-US' } }, source: 'canonFile#parseCanonText + CanonIndex.build' };
    } catch (e) {
      return { env: { canon: Index.empty() }, source: `canon loader threw: ${String(e).slice(0, 80)}` };
    }
  };

  const features = await Promise.all([
    probe('counts', ['../src/core/count/counts', '../src/core/count/wordCounts', '../src/core/count/index'], ['getWordCounts', 'countModel', 'computeCounts'], /count/i),
    probe('canon check', ['../src/core/features/canonNames'], ['validateCanonNames'], /validate/i, true),
    probe('prose checks', ['../src/core/features/proseLints'], ['validateProse'], /validate/i, true),
    probe('semantic tokens', ['../src/core/features/semanticTokens'], ['getSemanticTokens', 'semanticTokens'], /token/i),
    probe('folding', ['../src/core/features/foldingRanges'], ['getFoldingRanges'], /fold/i),
    probe('symbols', ['../src/core/features/documentSymbols'], ['getDocumentSymbols'], /symbol/i),
  ]);
  // The craft hints are off by default; this row shows what switching every one of them on costs.
  const prose = await load('../src/core/features/proseLints');
  const getProse = prose?.getProseLints as ((m: FicModel, o: unknown) => unknown) | undefined;
  const hints = { saidBookisms: true, adverbAfterSaid: true, filterWords: true, echoWords: true, repeatedNames: true };
  features.push(
    getProse
      ? { name: 'prose checks + all hints', source: 'features/proseLints#getProseLints (en-US, every hint on)', run: (m) => getProse(m, { convention: 'en-US', hints }) }
      : { name: 'prose checks + all hints', source: 'not landed' },
  );
  return {
    parse,
    parseIsStub,
    getLints,
    makeEnv,
    features,
  };
}

