import type { ToolkitList } from '../api.js';
import { useJson } from '../api.js';
import { useI18n } from '../i18n.js';
import { AppLink, Status } from '../ui.js';

/** The toolkit's two tracks with their modules in course order, each with its facilitator pack. */
export default function ToolkitPage() {
  const { t, lang, duration, num } = useI18n();
  const list = useJson<ToolkitList>(`/api/v1/toolkit/modules?lang=${lang}`);
  const data = list.data;
  return (
    <div className="page toolkit-page">
      <h1 tabIndex={-1}>{t('toolkitTitle')}</h1>
      <p className="lead">{t('toolkitIntro')}</p>
      <Status loading={list.loading && !data} error={list.error} />
      {data?.tracks.map((track) => {
        const modules = track.modules.flatMap((slug) => data.items.filter((item) => item.slug === slug));
        return (
          <section key={track.id} className="card track" aria-labelledby={`track-${track.id}`}>
            <h2 id={`track-${track.id}`} lang={track.language === lang ? undefined : track.language}>
              {track.title}
            </h2>
            <p lang={track.language === lang ? undefined : track.language}>{track.description}</p>
            <p className="meta">
              {t('moduleCount', { count: num(modules.length, 0) })} · {duration(track.durationMinutes)}
            </p>
            <ol className="module-list">
              {modules.map((item) => (
                <li key={item.slug}>
                  <AppLink
                    to={`/toolkit/${item.slug}`}
                    lang={item.language === lang ? undefined : item.language}
                  >
                    {item.title}
                  </AppLink>{' '}
                  <span className="meta">{duration(item.durationMinutes)}</span>
                </li>
              ))}
            </ol>
            <p>
              <a href={`/api/v1/toolkit/tracks/${track.id}/pack?lang=${lang}`}>
                {t('facilitatorPack')}: {track.title}
              </a>
            </p>
          </section>
        );
      })}
    </div>
  );
}
