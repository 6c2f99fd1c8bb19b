/**
 * Which English, if any, a fic is spell-checked in: the `fic.spelling.*` settings, overridden per fic by
 * its header's `Language:` field (`English`, `English (UK)`, `British English`, `en-GB`...). A fic whose
 * header names another language is not spell-checked in English at all: a Spanish fic flagged word by
 * word would bury every real finding. Without a `Language:` field the text decides (`textLanguage.ts`).
 */
import type { FicModel } from '../model';
import type { SpellingLanguage } from './suggest';
import { readsAsEnglish } from './textLanguage';

/** `fic.spelling.*` as the analysis needs it. */
export interface SpellingSettings {
  readonly enabled: boolean;
  /** `fic.spelling.language`: whose spellings suggestions prefer (both variants are accepted). */
  readonly language: SpellingLanguage;
  /** `fic.spelling.severity`. */
  readonly severity?: 'warning' | 'information';
  /** Lowercased words the writer chose to ignore in this document ("Ignore in this file"). */
  readonly ignored?: ReadonlySet<string>;
}

/** Longest `Language:` value read (a field value is the writer's text; bound it). */
const maxValue = 80;

/**
 * The English variant `model` is checked in, or undefined for none (spelling off, the header's
 * `Language:` names a language other than English, or, without one, the text does not read as English).
 */
export function spellingLanguageOf(model: FicModel, settings: SpellingSettings | undefined): SpellingLanguage | undefined {
  return settings?.enabled ? englishVariantOf(model, settings.language) : undefined;
}

/**
 * The fic's language as English spelling sees it: undefined for another language, else the variant its
 * `Language:` field names, `fallback` for plain English or (no field) a text that reads as English.
 */
export function englishVariantOf(model: FicModel, fallback: SpellingLanguage): SpellingLanguage | undefined {
  const field = model.header?.fields.find((f) => f.name === 'language');
  if (!field) return readsAsEnglish(model) ? fallback : undefined;
  const end = Math.min(field.valueSpan.end, field.valueSpan.start + maxValue);
  return languageFromHeader(model.source.slice(field.valueSpan.start, end), fallback);
}

/** The variant a `Language:` value names: undefined for a language other than English, `fallback` for plain English. */
export function languageFromHeader(value: string, fallback: SpellingLanguage): SpellingLanguage | undefined {
  const v = value.trim().toLowerCase();
  if (!v) return fallback;
  if (/\b(en[-_](gb|uk|au|nz|ie|za|in)|british|uk|u\.k\.|australian|new zealand|irish)\b/.test(v)) return 'en-GB';
  if (/\b(en[-_](us|ca)|american|us|u\.s\.|canadian)\b/.test(v)) return 'en-US';
  if (/^(en|eng|english)\b/.test(v) || /\benglish\b/.test(v)) return fallback;
  return undefined;
}
