// `relationship(id)` and evidence lookups go by the edge's stable id, one index per type
// (Neo4j indexes relationship properties per type). Kept in step with vocabulary.ts by a test.
CREATE INDEX rel_id_met_with IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.id);
CREATE INDEX rel_id_visited IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.id);
CREATE INDEX rel_id_cooperates_with IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.id);
CREATE INDEX rel_id_supports IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.id);
CREATE INDEX rel_id_aids IF NOT EXISTS FOR ()-[r:AIDS]-() ON (r.id);
CREATE INDEX rel_id_supplies_arms_to IF NOT EXISTS FOR ()-[r:SUPPLIES_ARMS_TO]-() ON (r.id);
CREATE INDEX rel_id_calls_on IF NOT EXISTS FOR ()-[r:CALLS_ON]-() ON (r.id);
CREATE INDEX rel_id_criticizes IF NOT EXISTS FOR ()-[r:CRITICIZES]-() ON (r.id);
CREATE INDEX rel_id_opposes IF NOT EXISTS FOR ()-[r:OPPOSES]-() ON (r.id);
CREATE INDEX rel_id_threatens IF NOT EXISTS FOR ()-[r:THREATENS]-() ON (r.id);
CREATE INDEX rel_id_sanctions IF NOT EXISTS FOR ()-[r:SANCTIONS]-() ON (r.id);
CREATE INDEX rel_id_attacks IF NOT EXISTS FOR ()-[r:ATTACKS]-() ON (r.id);
CREATE INDEX rel_id_occupies IF NOT EXISTS FOR ()-[r:OCCUPIES]-() ON (r.id);
CREATE INDEX rel_id_leads IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.id);
CREATE INDEX rel_id_holds_role IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() ON (r.id);
CREATE INDEX rel_id_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.id);
CREATE INDEX rel_id_borders IF NOT EXISTS FOR ()-[r:BORDERS]-() ON (r.id);
CREATE INDEX rel_id_located_in IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.id);
CREATE INDEX rel_id_participated_in IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.id);
CREATE INDEX rel_id_held_in IF NOT EXISTS FOR ()-[r:HELD_IN]-() ON (r.id);
