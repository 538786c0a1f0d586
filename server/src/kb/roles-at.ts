// Which of a person's roles hold on a date: "the Iranian president" in 2022 and in 2024 are
// different people, so every role lookup goes through the article's date.
import { periodEnd, periodStart } from "./kb-dates.ts";
import type { KbPerson, KbRole } from "./types.ts";

/**
 * Roles valid at `isoDate` (YYYY, YYYY-MM or YYYY-MM-DD). Both ends are inclusive, since a
 * handover day belongs to both office holders; a partial date matches every role overlapping
 * its period. An open `from`/`to` is open-ended. A null date asks for current roles (no `to`).
 */
export function rolesAt(person: Pick<KbPerson, "roles">, isoDate: string | null): KbRole[] {
  if (isoDate === null) return person.roles.filter((r) => r.to === null);
  const start = periodStart(isoDate);
  const end = periodEnd(isoDate);
  return person.roles.filter(
    (r) =>
      (r.from === null || periodStart(r.from) <= end) &&
      (r.to === null || periodEnd(r.to) >= start),
  );
}
