// Page metadata from an HTML head: Open Graph, Dublin Core and the common news meta tags, the
// canonical link, and the document title.
import { decodeEntities } from "./html-entities.ts";

export interface HtmlMeta {
  title?: string;
  url?: string;
  author?: string;
  source?: string;
  publishedAt?: string;
  documentTitle?: string;
}

const META_KEYS: Record<string, Exclude<keyof HtmlMeta, "documentTitle">> = {
  "og:title": "title",
  "twitter:title": "title",
  headline: "title",
  author: "author",
  "article:author": "author",
  "dc.creator": "author",
  "parsely-author": "author",
  "sailthru.author": "author",
  "article:published_time": "publishedAt",
  datepublished: "publishedAt",
  pubdate: "publishedAt",
  "publish-date": "publishedAt",
  date: "publishedAt",
  "dc.date": "publishedAt",
  "parsely-pub-date": "publishedAt",
  "sailthru.date": "publishedAt",
  "og:site_name": "source",
  "application-name": "source",
  publisher: "source",
  "dc.publisher": "source",
  "og:url": "url",
};

export function attr(attrs: string, name: string): string {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(
    attrs,
  );
  return decodeEntities(m?.[1] ?? m?.[2] ?? m?.[3] ?? "");
}

export function readMeta(html: string): HtmlMeta {
  const out: HtmlMeta = {};
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  if (title?.[1]) out.documentTitle = decodeEntities(title[1].replace(/\s+/g, " ")).trim();
  for (const m of html.matchAll(/<(meta|link)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi)) {
    const attrs = m[2] ?? "";
    if ((m[1] ?? "").toLowerCase() === "link") {
      if (/\bcanonical\b/i.test(attr(attrs, "rel")) && !out.url)
        out.url = attr(attrs, "href") || undefined;
      continue;
    }
    const key = (
      attr(attrs, "property") ||
      attr(attrs, "name") ||
      attr(attrs, "itemprop")
    ).toLowerCase();
    const field = META_KEYS[key];
    const content = attr(attrs, "content").replace(/\s+/g, " ").trim();
    if (field && content && !out[field] && !/^https?:/.test(field === "url" ? "" : content))
      out[field] = content;
  }
  return out;
}
