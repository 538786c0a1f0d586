// Range indexes for the lookups the API and the loader make.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt);
CREATE INDEX article_hash IF NOT EXISTS FOR (a:Article) ON (a.contentHash);
CREATE INDEX evidence_rel IF NOT EXISTS FOR (e:Evidence) ON (e.relId);
CREATE INDEX evidence_article IF NOT EXISTS FOR (e:Evidence) ON (e.article);
CREATE INDEX article_source_key IF NOT EXISTS FOR (a:Article) ON (a.sourceKey);
CREATE INDEX meta_id IF NOT EXISTS FOR (m:Meta) ON (m.id);
