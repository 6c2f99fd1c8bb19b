/**
 * The dialogue convention a document is written in, as the punctuation rules need it. The parser decides
 * which spans are speech (the model's quotes); the rules here only need to know which family of rules
 * applies: English tags after a closing quote, the dash incise of Spanish and Russian, French guillemets.
 */

import type { DialogueStyle } from '../model';

/**
 * A dialogue convention: the parser's `DialogueStyle`, whose choice for a document reaches the rules through
 * `model.dialogue.style` (see `proseOptions`); a rule can also be given one explicitly (tests, the bench).
 */
export type DialogueConvention = DialogueStyle;

export const dialogueConventions: readonly DialogueConvention[] = ['en-US', 'en-GB', 'fr', 'de', 'es', 'ru', 'ja', 'zh'];

/** Whether `value` names a convention. */
export function isDialogueConvention(value: unknown): value is DialogueConvention {
  return typeof value === 'string' && (dialogueConventions as readonly string[]).includes(value);
}

/** English speech tags after a closing quote (`"Hello," he said`): en-US and en-GB. */
export function usesEnglishTags(c: DialogueConvention): boolean {
  return c === 'en-US' || c === 'en-GB';
}

/** Speech opened by a dash with narrator's incises (`—Hola —dijo ella—.`). */
export function usesDashDialogue(c: DialogueConvention): c is 'es' | 'ru' {
  return c === 'es' || c === 'ru';
}

/** Whether single quotes are speech (`'Hello,' he said`), so a single-quoted span is checked as speech. */
export function singleQuotesAreSpeech(c: DialogueConvention): boolean {
  return c === 'en-GB';
}
