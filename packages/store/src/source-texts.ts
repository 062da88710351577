import { createHash } from "node:crypto";
import { type Claim, ParleyError, type Source } from "@parley/core";
import { type Kysely, sql } from "kysely";
import { bumpCaseVersion } from "./case-version";
import type { Database, DialectName } from "./database";
import { caseKeyOf } from "./export-case";
import { inTransaction } from "./in-transaction";
import type { Page, SearchHit, SourceText, SourceTextInfo } from "./store";
import { notFound } from "./store-errors";
import { fts5Query, matchesQuery, matchRanges, snippetOf, textQuery } from "./text-query";

/** SHA-256 (hex) of a text after normalising CRLF line endings to LF, as source fingerprints are. */
export function textSha256(text: string): string {
  return createHash("sha256").update(text.replace(/\r\n/g, "\n"), "utf8").digest("hex");
}

/**
 * Stores a source's text once its SHA-256 matches the source's fingerprint (when it has one);
 * a mismatch is `fingerprint_mismatch` with both hashes. Replaces any text attached before.
 */
export async function attachSourceText(
  db: Kysely<Database>,
  dialect: DialectName,
  caseId: string,
  sourceId: string,
  input: string,
): Promise<SourceText> {
  const op = `attach text to source "${sourceId}"`;
  const text = input.replace(/\r\n/g, "\n");
  const sha256 = textSha256(text);
  return inTransaction(db, async (trx) => {
    const key = await caseKeyOf(trx, caseId, op);
    const row = await trx
      .selectFrom("entities")
      .select("data")
      .where("case_key", "=", key)
      .where("kind", "=", "source")
      .where("id", "=", sourceId)
      .executeTakeFirst();
    if (row === undefined) throw notFound(op, `source "${sourceId}" in case "${caseId}"`);
    const source = JSON.parse(row.data) as Source;
    if (source.fingerprint !== undefined && source.fingerprint.sha256 !== sha256) {
      throw new ParleyError(
        "fingerprint_mismatch",
        `${op}: the text's SHA-256 is ${sha256} (${text.length} characters) but the source's fingerprint is ${source.fingerprint.sha256} (${source.fingerprint.length} characters); is this the same edition?`,
      );
    }
    await trx
      .deleteFrom("source_texts")
      .where("case_key", "=", key)
      .where("source_id", "=", sourceId)
      .execute();
    await trx
      .insertInto("source_texts")
      .values({ case_key: key, source_id: sourceId, sha256, length: text.length, text })
      .execute();
    if (dialect === "sqlite") {
      await sql`delete from source_text_fts where case_key = ${key} and source_id = ${sourceId}`.execute(
        trx,
      );
      await sql`insert into source_text_fts (text, case_key, source_id) values (${text}, ${key}, ${sourceId})`.execute(
        trx,
      );
    }
    await bumpCaseVersion(trx, key);
    return { source: sourceId, sha256, length: text.length, text };
  });
}

/** The attached text of a source, or `not_found`. */
export async function sourceText(
  db: Kysely<Database>,
  caseId: string,
  sourceId: string,
): Promise<SourceText> {
  const op = `read text of source "${sourceId}"`;
  const key = await caseKeyOf(db, caseId, op);
  const row = await db
    .selectFrom("source_texts")
    .select(["sha256", "length", "text"])
    .where("case_key", "=", key)
    .where("source_id", "=", sourceId)
    .executeTakeFirst();
  if (row === undefined)
    throw notFound(op, `an attached text for source "${sourceId}" in case "${caseId}"`);
  return { source: sourceId, sha256: row.sha256, length: Number(row.length), text: row.text };
}

/** The attached texts of a case, without their text, by source id. */
export async function listSourceTexts(
  db: Kysely<Database>,
  caseId: string,
): Promise<SourceTextInfo[]> {
  const key = await caseKeyOf(db, caseId, `list the attached texts of case "${caseId}"`);
  const rows = await db
    .selectFrom("source_texts")
    .select(["source_id", "sha256", "length"])
    .where("case_key", "=", key)
    .orderBy("source_id")
    .execute();
  return rows.map((r) => ({ source: r.source_id, sha256: r.sha256, length: Number(r.length) }));
}

/**
 * Hits in claims: each claim's quote (`evidence.span.exact`, only for sources without an attached
 * text, where the text itself answers), note and evidence note that match the query as a whole
 * (every required term, no excluded one), in claim order.
 */
export function searchClaims(
  claims: readonly Claim[],
  query: string,
  attached: ReadonlySet<string>,
): SearchHit[] {
  const q = textQuery(query);
  if (q.groups.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const c of claims) {
    const source = c.evidence?.source ?? "";
    const fields: Array<[NonNullable<SearchHit["field"]>, string | undefined]> = [
      ["quote", attached.has(source) ? undefined : c.evidence?.span?.exact],
      ["note", c.note],
      ["evidence note", c.evidence?.note],
    ];
    for (const [field, text] of fields) {
      if (text === undefined || text === "" || !matchesQuery(text, q)) continue;
      for (const [start, end] of matchRanges(text, q)) {
        hits.push({ source, start, end, snippet: snippetOf(text, start, end), claim: c.id, field });
      }
    }
  }
  return hits;
}

/**
 * Full-text search over a case's attached texts (SQLite FTS5, PostgreSQL `to_tsvector` with
 * `websearch_to_tsquery`, both without stemming), then over its claims (`searchClaims`). Sources
 * come best match first, each hit in text order with its character offsets and a snippet.
 */
export async function searchTexts(
  db: Kysely<Database>,
  dialect: DialectName,
  caseId: string,
  query: string,
  p: Page,
  claims: readonly Claim[] = [],
): Promise<SearchHit[]> {
  const key = await caseKeyOf(db, caseId, `search "${query}"`);
  const q = textQuery(query);
  if (q.groups.length === 0) return [];
  const rows =
    dialect === "sqlite"
      ? (
          await sql<{ source_id: string; text: string }>`select source_id, text from source_text_fts
            where source_text_fts match ${fts5Query(q)} and case_key = ${key} order by bm25(source_text_fts), source_id`.execute(
            db,
          )
        ).rows
      : (
          await sql<{ source_id: string; text: string }>`select source_id, text from source_texts
            where case_key = ${key} and to_tsvector('simple', text) @@ websearch_to_tsquery('simple', ${query})
            order by ts_rank(to_tsvector('simple', text), websearch_to_tsquery('simple', ${query})) desc, source_id`.execute(
            db,
          )
        ).rows;
  const hits: SearchHit[] = [];
  for (const r of rows) {
    for (const [start, end] of matchRanges(r.text, q)) {
      hits.push({ source: r.source_id, start, end, snippet: snippetOf(r.text, start, end) });
    }
  }
  if (claims.length > 0) {
    const attached = new Set((await listSourceTexts(db, caseId)).map((t) => t.source));
    hits.push(...searchClaims(claims, query, attached));
  }
  const offset = p.offset ?? 0;
  return hits.slice(offset, offset + (p.limit ?? 100));
}
