// Which kinds of interaction does the corpus report? (PLOVER summary)
// Relationships per PLOVER event type and relationship type, with their evidence sentences.
MATCH ()-[r]->()
WHERE r.plover IS NOT NULL
RETURN r.plover AS plover, type(r) AS type, count(*) AS relationships, sum(r.weight) AS sentences
ORDER BY sentences DESC, plover, type
