/** Every address worth a search engine's visit, with when it last changed: briefings and their situations. */
export async function sitemapEntries(db: D1Database): Promise<{ path: string; at: string }[]> {
  const [briefings, countries, topics, stories] = await db.batch<{ key: string; at: string }>([
    db.prepare('SELECT id AS key, modified_at AS at FROM briefings ORDER BY published_at DESC LIMIT 40000'),
    db.prepare(
      "SELECT lower(j.value) AS key, MAX(modified_at) AS at FROM briefings, json_each(card, '$.countries') AS j GROUP BY 1",
    ),
    db.prepare(
      "SELECT j.value AS key, MAX(modified_at) AS at FROM briefings, json_each(card, '$.topics') AS j GROUP BY 1",
    ),
    db.prepare('SELECT story AS key, MAX(modified_at) AS at FROM briefings WHERE story IS NOT NULL GROUP BY 1'),
  ]);
  const rows = (prefix: string, r: D1Result<{ key: string; at: string }>) =>
    r.results.map((x) => ({ path: `/${prefix}/${encodeURIComponent(x.key)}`, at: x.at }));
  return [
    ...rows('briefings', briefings),
    ...rows('countries', countries),
    ...rows('topics', topics),
    ...rows('stories', stories),
  ];
}
