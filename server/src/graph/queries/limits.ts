// The caps every read query honours, in one place so the schema descriptions, the checks and
// the docs agree.
export const LIMITS = {
  pageSize: 100,
  relationshipsPerEntity: 200,
  mentionsPerArticle: 200,
  neighbourhoodDepth: 3,
  neighbourhoodLimit: 1000,
  maxHops: 6,
  pathLimit: 100,
  searchQueryLength: 200,
  avoid: 100,
  kindsOrTypes: 50,
} as const;
