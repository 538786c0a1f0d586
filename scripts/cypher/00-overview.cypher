// What is in the graph?
// Nodes per label, so a newcomer sees the shape of the data before querying it.
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS nodes
ORDER BY nodes DESC, label
