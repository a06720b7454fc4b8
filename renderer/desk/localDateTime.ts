// Between an ISO instant (how the article stores the desk's times) and what a
// <input type="datetime-local"> shows and gives back: the same moment in this computer's time zone.

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-12-07T09:30" in local time, or "" when there is no (valid) time. */
export function toLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The ISO instant for a local "YYYY-MM-DDTHH:mm"; null when it is empty or not a time. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const date = new Date(value); // no zone: read as local time
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
