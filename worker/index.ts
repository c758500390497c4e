/**
 * Briefing's worker. Endpoints:
 *   GET  /                                  home: the current briefings, newest first (HTML)
 *   GET  /briefings/{id}                    one briefing, whole without JavaScript (HTML, JSON-LD)
 *   GET  /about/format                      documentation of the feed's `_briefing` extension (HTML)
 *   GET  /feed.json                         JSON Feed 1.1, 20 items a page, `next_url` for older ones
 *   GET  /api/briefings?since={revision}    what changed since a feed revision (the app's delta sync)
 *   GET  /api/briefings/{id}                the briefing as JSON, ETag "r{revision}"
 *   GET  /api/briefings/{id}/revisions      its history: revision, time, what changed
 *   POST /api/briefings                     editors: create (201, Location, ETag "r1")
 *   PUT  /api/briefings/{id}                editors: replace; If-Match required (428), 412 when stale
 *   DELETE /api/briefings/{id}              editors: retract, never erase; If-Match required
 *   GET  /scorecard                         how the outlooks have fared: Brier scores, calibration by term (HTML)
 *   GET  /api/scorecard                     the same as JSON: { overall, desks }
 *   GET  /offline                           what the service worker shows for a page it never saved
 *   GET  /prefs?size=l|theme=dark&back=/path   saves a text size or theme in a cookie, 303 back (works without JavaScript)
 *   GET  /api/push/key                      the VAPID public key alerts subscribe with
 *   PUT  /api/subscriptions                 a reader's alerts: upsert by endpoint (201 new, 200 replaced)
 *   DELETE /api/subscriptions               turns a reader's alerts off ({ endpoint, auth }), 204
 *   POST /api/drafts, GET /api/drafts      the newsroom's drafts: create (201), list, newest first
 *   GET|PUT|DELETE /api/drafts/{draftId}   one draft, kept as typed; PUT with If-Match on its ETag "d{version}"
 *   GET  /api/drafts/{draftId}/check       its problems, without publishing
 *   GET  /api/drafts/{draftId}/diff        what publishing would change, outlook moves first
 *   POST /api/drafts/{draftId}/publish     editors: publish (three-way merge, 409 on conflicts), or { at } to schedule (202)
 *   GET  /drafts/{draftId}/preview         the reader's page as it will be, under a banner (newsroom only)
 *   GET|POST /editor/...                   the web editor: the newsroom's list, the briefing's form, review and
 *                                          publish, the outlook's actions, the admins' page (HTML, form posts)
 *   cron * * * * *                         publishes the scheduled drafts whose time has come
 *   (every request reads D1 through one Sessions API session: worker/http/d1-session.ts)
 *   queue briefing-alerts                   fans an editor's write out to followers' push services
 *   GET  /manifest.webmanifest, /sw.js, /assets/*, /icons/*   the PWA, as static assets (headers: web/public/_headers)
 */
import { handleAlerts } from './alerts/consumer';
import type { AlertMessage } from './alerts/enqueue';
import { app } from './app';
import { publishDue } from './drafts/scheduled';
import { withBookmark, withD1Session } from './http/d1-session';

export default {
  async fetch(req, env, ctx) {
    const session = withD1Session(req, env);
    return withBookmark(await app.fetch(req, session.env, ctx), session.session, session.editor);
  },
  queue: handleAlerts,
  scheduled: (controller, env, ctx) => ctx.waitUntil(publishDue(env, new Date(controller.scheduledTime))),
} satisfies ExportedHandler<Env, AlertMessage>;
