import { LIKELIHOOD_RANGES } from '../../../model/likelihood';

/** Documents the `_briefing` JSON Feed extension for other feed readers' authors. */
export function FormatPage({ origin }: { origin: string }) {
  return (
    <article>
      <h1>
        The <code>_briefing</code> JSON Feed extension
      </h1>
      <p>
        <a href="/feed.json">{origin}/feed.json</a> is a{' '}
        <a href="https://www.jsonfeed.org/version/1.1/">JSON Feed 1.1</a>. Any feed reader can show it: each item's{' '}
        <code>content_html</code> holds the whole briefing, scenarios included.
      </p>
      <h2>At the top level</h2>
      <p>
        <code>
          "_briefing": {'{'} "about", "schemaVersion": "1.0", "revision" {'}'}
        </code>
        . Check the major version of <code>schemaVersion</code> before trusting the rest. <code>revision</code> grows
        with every change to any briefing.
      </p>
      <h2>In each item</h2>
      <p>
        <code>_briefing</code> is the briefing itself, the same object <code>GET /api/briefings/{'{id}'}</code> returns:
        <code> id</code>, <code>revision</code>, <code>kind</code>, <code>language</code>, <code>headline</code>,{' '}
        <code>standfirst</code>, <code>lede</code>, <code>sections</code>, <code>sources</code> (exactly one{' '}
        <code>primary</code>), <code>whatComesNext</code>, <code>geo</code>, <code>topics</code>, <code>authors</code>,{' '}
        <code>publishedAt</code>, <code>modifiedAt</code>, <code>status</code> and <code>corrections</code>. All text is
        plain text: escape it when you render it.
      </p>
      <p>
        <code>topics</code> are ids of the newsroom's vocabulary (<a href="/api/topics">/api/topics</a>, each with a
        label in English and French). A translation names its original in <code>translationOf</code>; every version
        lists the others in <code>translations</code> (<code>id</code>, <code>language</code>, <code>url</code>) and
        shares the original's forecast: show one of them per reader.
      </p>
      <p>
        Once an assessed likelihood has moved, <code>lastMove</code> says when (<code>at</code>) and, for each scenario
        it moved, what it stood at before (<code>scenarios</code>: <code>id</code>, <code>from</code>); the scenario's{' '}
        <code>likelihood</code> is where it went.
      </p>
      <p>
        When <code>status</code> is <code>retracted</code>, show the headline with the retraction notice (
        <code>retraction.at</code>, <code>retraction.reason</code>) in place of the analysis, and replace any copy you
        kept.
      </p>
      <h2>What comes next</h2>
      <p>
        <code>whatComesNext</code> holds a <code>question</code>, its <code>scenarios</code> (each with{' '}
        <code>conditions</code>, an <code>outcome</code>, a <code>likelihood</code> and a <code>timeframe</code>) and
        the <code>signposts</code> that raise or lower them, with <code>lastReviewedAt</code> and{' '}
        <code>nextReviewDue</code>. A likelihood is either <code>{'{ "status": "not_assessed", "reason" }'}</code> or an
        assessed term of ICD 203:
      </p>
      <ul>
        {Object.entries(LIKELIHOOD_RANGES).map(([term, [low, high]]) => (
          <li key={term}>
            <code>{term}</code>: {low}–{high}%
          </li>
        ))}
      </ul>
      <h2>Paging and caching</h2>
      <p>
        Items come newest first, 20 to a page; follow <code>next_url</code> for older ones. Send{' '}
        <code>If-None-Match</code> with the last <code>ETag</code>: an unchanged feed answers <code>304</code> with no
        body.
      </p>
    </article>
  );
}
