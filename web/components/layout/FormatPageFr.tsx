import { LIKELIHOOD_RANGES, percentLabel } from '../../../model/likelihood';

/** The `_briefing` extension documented in French, for French-speaking feed readers' authors. */
export function FormatPageFr({ origin }: { origin: string }) {
  return (
    <article>
      <h1>
        L’extension <code>_briefing</code> de JSON Feed
      </h1>
      <p>
        <a href="/feed.json">{origin}/feed.json</a> est un flux{' '}
        <a href="https://www.jsonfeed.org/version/1.1/">JSON Feed 1.1</a>. Tout lecteur de flux peut l’afficher
        {'\u202f'}: le <code>content_html</code> de chaque élément contient l’analyse entière, scénarios compris.
      </p>
      <h2>Au premier niveau</h2>
      <p>
        <code>
          "_briefing": {'{'} "about", "schemaVersion": "1.0", "revision" {'}'}
        </code>
        . Vérifiez la version majeure de <code>schemaVersion</code> avant de vous fier au reste. <code>revision</code>{' '}
        augmente à chaque modification de n’importe quelle analyse.
      </p>
      <h2>Dans chaque élément</h2>
      <p>
        <code>_briefing</code> est l’analyse elle-même, l’objet que renvoie <code>GET /api/briefings/{'{id}'}</code>
        {'\u202f'}: <code>id</code>, <code>revision</code>, <code>kind</code>, <code>language</code>,{' '}
        <code>headline</code>, <code>standfirst</code>, <code>lede</code>, <code>sections</code>, <code>sources</code>{' '}
        (une seule <code>primary</code>), <code>whatComesNext</code>, <code>geo</code>, <code>topics</code>,{' '}
        <code>authors</code>, <code>publishedAt</code>, <code>modifiedAt</code>, <code>status</code> et{' '}
        <code>corrections</code>. Tout le texte est du texte brut{'\u202f'}: échappez-le à l’affichage.
      </p>
      <p>
        Les <code>topics</code> sont des identifiants du vocabulaire de la rédaction (
        <a href="/api/topics">/api/topics</a>, chacun avec un libellé en anglais et en français). Une traduction nomme
        son original dans <code>translationOf</code>
        {'\u202f'}; chaque version cite les autres dans <code>translations</code> (<code>id</code>,{' '}
        <code>language</code>, <code>url</code>) et partage la prévision de l’original{'\u202f'}: n’en montrez qu’une
        par lecteur.
      </p>
      <p>
        Dès qu’une probabilité évaluée a changé, <code>lastMove</code> dit quand (<code>at</code>) et, pour chaque
        scénario concerné, ce qu’elle valait avant (<code>scenarios</code>
        {'\u202f'}: <code>id</code>, <code>from</code>){'\u202f'}; la <code>likelihood</code> du scénario est sa
        nouvelle valeur.
      </p>
      <p>
        Quand <code>status</code> vaut <code>retracted</code>, affichez le titre avec l’avis de retrait (
        <code>retraction.at</code>, <code>retraction.reason</code>) à la place de l’analyse, et remplacez toute copie
        conservée.
      </p>
      <h2>Et maintenant{'\u202f'}?</h2>
      <p>
        <code>whatComesNext</code> contient une <code>question</code>, ses <code>scenarios</code> (chacun avec ses{' '}
        <code>conditions</code>, une issue <code>outcome</code>, une probabilité <code>likelihood</code> et un horizon{' '}
        <code>timeframe</code>) et les signaux <code>signposts</code> qui les rendent plus ou moins probables, avec{' '}
        <code>lastReviewedAt</code> et <code>nextReviewDue</code>. Une probabilité est soit{' '}
        <code>{'{ "status": "not_assessed", "reason" }'}</code>, soit un terme évalué de l’ICD 203{'\u202f'}:
      </p>
      <ul>
        {Object.entries(LIKELIHOOD_RANGES).map(([term, [low, high]]) => (
          <li key={term}>
            <code>{term}</code>
            {'\u202f'}: <span class="range">{`${low}–${percentLabel(high, 'fr')}`}</span>
          </li>
        ))}
      </ul>
      <h2>Pages et cache</h2>
      <p>
        Les éléments vont du plus récent au plus ancien, 20 par page{'\u202f'}; suivez <code>next_url</code> pour les
        plus anciens. Envoyez <code>If-None-Match</code> avec le dernier <code>ETag</code>
        {'\u202f'}: un flux inchangé répond <code>304</code>, sans corps.
      </p>
    </article>
  );
}
