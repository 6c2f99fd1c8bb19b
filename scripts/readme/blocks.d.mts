// Types for blocks.mjs (plain JavaScript, so CI can run it before `npm ci`).
export interface ReadmeBlock {
  lang: string;
  code: string;
  line: number;
  marker: string;
}
export const repo: string;
export const shellLanguages: Set<string>;
export function readmeBlocks(text: string): ReadmeBlock[];
export function loadReadmeBlocks(file?: string): ReadmeBlock[];
export function commandsOf(block: ReadmeBlock): string[];
export function editorBlockFor(blocks: ReadmeBlock[], editor: 'nvim' | 'emacs', version: [number, number, number]): ReadmeBlock | undefined;
