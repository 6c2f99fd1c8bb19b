/** STUB — owned by issue 6 (the thin client). */
export function activate(): void {}
export function deactivate(): void {}
