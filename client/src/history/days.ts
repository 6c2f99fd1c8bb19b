/**
 * Calendar days as the writer lives them: `YYYY-MM-DD` in their time zone (an IANA name such as
 * `Europe/Paris`), so a night's writing past midnight counts for the next day, as the writer's own
 * clock says. Pure: no `vscode`.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

/** The writer's time zone as the runtime knows it. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The day (`2026-12-03`) that instant `ms` falls on in `timeZone`. */
export function dayKey(ms: number, timeZone: string): string {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, format);
  }
  const parts = format.formatToParts(ms);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

const dayRe = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isDayKey(text: string): boolean {
  const m = dayRe.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Day numbers since 1970-01-01: calendar arithmetic without time zones. */
export function dayNumber(day: string): number {
  const m = dayRe.exec(day);
  if (!m) throw new Error(`not a day: ${day}`);
  return Math.round(Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86_400_000);
}

export function dayFromNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/** `day` moved by `n` days (negative: back). */
export function addDays(day: string, n: number): string {
  return dayFromNumber(dayNumber(day) + n);
}

/** 0 for Sunday ... 6 for Saturday. */
export function weekday(day: string): number {
  return (((dayNumber(day) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}
