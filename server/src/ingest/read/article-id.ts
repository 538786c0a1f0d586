// Stable article ids: the same url, or else the same normalised text, always gives the same id,
// so re-ingesting an article replaces it instead of adding a copy.
import { createHash } from "node:crypto";

const sha256 = (s: string): string => createHash("sha256").update(s, "utf8").digest("hex");

export function contentHash(text: string): string {
  return sha256(text);
}

/** Tracking parameters and fragments do not make a different article. */
export function canonicalUrl(url: string): string {
  try {
    const u = new URL(url.trim());
    u.hash = "";
    u.hostname = u.hostname.toLowerCase().replace(/^www\./, "");
    for (const key of [...u.searchParams.keys()]) {
      if (/^(?:utm_|fbclid$|gclid$|ref$|cmpid$|ocid$)/i.test(key)) u.searchParams.delete(key);
    }
    u.protocol = "https:";
    return u.toString().replace(/\/$/, "");
  } catch {
    return url.trim();
  }
}

export function articleId(url: string | null, hash: string): string {
  return url ? `a-${sha256(canonicalUrl(url)).slice(0, 16)}` : `a-${hash.slice(0, 16)}`;
}

/** "https://www.example.com/x" -> "example.com": the fallback source when nothing else names one. */
export function urlHost(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}
