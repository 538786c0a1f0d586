// Kebab-case ids from names: readable, ASCII, stable ("Côte d'Ivoire" -> "cote-d-ivoire").
import { stripDiacritics } from "./normalise-alias.ts";

export function slugify(name: string): string {
  return stripDiacritics(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
