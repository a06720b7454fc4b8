// Embargo and scheduled publish time: the rules the Desk panel, the library, export
// pre-flight and the exporter share. An embargoed article must not be published before its
// time; the export refuses it unless the desk overrides with a reason (which is logged).
/** The two times, as the typed meta or the library's desk summary holds them. */
export interface EmbargoTimes {
  embargoUntil?: string;
  publishAt?: string;
}

/** True while `now` is before the embargo ends. No embargo, or a past one: false. */
export function isUnderEmbargo(meta: EmbargoTimes, now: string | number | Date): boolean {
  if (!meta.embargoUntil) return false;
  return new Date(now).getTime() < Date.parse(meta.embargoUntil);
}

/** A publish time planned before the embargo ends: the plan would break the embargo. */
export function publishBeforeEmbargo(meta: EmbargoTimes): boolean {
  return !!meta.embargoUntil && !!meta.publishAt && Date.parse(meta.publishAt) < Date.parse(meta.embargoUntil);
}
