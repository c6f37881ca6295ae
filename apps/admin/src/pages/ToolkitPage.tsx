import type { ToolkitModule } from '@regin/domain';
import { Link, useParams } from 'react-router';
import { api, withQuery } from '../api.js';
import { useI18n } from '../i18n/index.js';
import { Markdown } from '../Markdown.js';
import { safeHref } from '../markdown.js';
import { ErrorBox, Loading, useLoad } from '../ui.js';

interface TrackSummary {
  id: string;
  title: string;
  description: string;
  language: string;
  modules: string[];
  durationMinutes: number;
}
interface ModuleSummary {
  slug: string;
  track: string;
  title: string;
  durationMinutes: number;
  language: string;
  isFallback: boolean;
  outdated: boolean;
}
interface ModuleLookup {
  module: ToolkitModule;
  language: string;
  requestedLanguage: string;
  isFallback: boolean;
  outdated: boolean;
  source: { language: string; version: string };
}

/** The facilitator pack of a track: a printable HTML document the API renders. */
export function packHref(track: string, lang: string): string {
  return withQuery(`/api/v1/toolkit/tracks/${encodeURIComponent(track)}/pack`, { lang });
}

function Minutes({ value }: { value: number }) {
  const { t } = useI18n();
  return <>{t('tk.minutes', { n: value })}</>;
}

export function ToolkitPage() {
  const { t, href, lang } = useI18n();
  const { data, error, loading } = useLoad(
    () =>
      api<{ tracks: TrackSummary[]; items: ModuleSummary[] }>(
        'GET',
        withQuery('/api/v1/toolkit/modules', { lang }),
      ),
    [lang],
  );
  return (
    <>
      <h1>{t('tk.title')}</h1>
      <p className="muted">{t('tk.intro')}</p>
      {loading && !data ? <Loading /> : null}
      <ErrorBox error={error} />
      <div className="grid">
        {data?.tracks.map((track) => (
          <section key={track.id} className="card" aria-labelledby={`track-${track.id}`}>
            <h2 id={`track-${track.id}`}>{track.title}</h2>
            <p>{track.description}</p>
            <p className="muted">
              <Minutes value={track.durationMinutes} />
            </p>
            <ol className="modules">
              {track.modules.map((slug) => {
                const item = data.items.find((entry) => entry.slug === slug);
                if (!item) return null;
                return (
                  <li key={slug}>
                    <Link to={href(`/toolkit/${slug}`)}>{item.title}</Link>{' '}
                    <span className="muted">
                      (<Minutes value={item.durationMinutes} />)
                    </span>
                    {item.isFallback ? (
                      <span className="tag">{t('tk.fallback', { lang: item.language })}</span>
                    ) : null}
                    {item.outdated ? <span className="tag">{t('tk.outdated')}</span> : null}
                  </li>
                );
              })}
            </ol>
            <p>
              <a className="button" href={packHref(track.id, lang)}>
                {t('tk.pack')}
              </a>
            </p>
          </section>
        ))}
      </div>
    </>
  );
}

export function ToolkitModulePage() {
  const { slug = '' } = useParams();
  const { t, href, lang, label } = useI18n();
  const { data, error, loading } = useLoad(
    () =>
      api<ModuleLookup>('GET', withQuery(`/api/v1/toolkit/modules/${encodeURIComponent(slug)}`, { lang })),
    [slug, lang],
  );
  if (loading && !data) return <Loading />;
  if (error || !data) {
    return (
      <>
        <h1>{t('tk.title')}</h1>
        <ErrorBox error={error} />
      </>
    );
  }
  const { module } = data;
  return (
    <article className="toolkit-module" lang={data.language}>
      <p>
        <Link to={href('/toolkit')}>← {t('tk.title')}</Link>
      </p>
      <h1>{module.title}</h1>
      {data.isFallback ? (
        <p className="notice" lang={lang}>
          {t('tk.fallbackNotice', { lang: data.language })}
        </p>
      ) : null}
      {data.outdated ? (
        <p className="notice" lang={lang}>
          {t('tk.outdatedNotice', { version: data.source.version })}
        </p>
      ) : null}
      <dl className="facts" lang={lang}>
        <dt>{t('tk.audience')}</dt>
        <dd lang={data.language}>{module.audience}</dd>
        <dt>{t('tk.duration')}</dt>
        <dd>
          <Minutes value={module.durationMinutes} />
        </dd>
        <dt>{t('tk.version')}</dt>
        <dd>{module.version}</dd>
        <dt>{t('tk.track')}</dt>
        <dd>
          {label('track', module.track)} · <a href={packHref(module.track, lang)}>{t('tk.pack')}</a>
        </dd>
      </dl>
      <section className="card" aria-labelledby="tk-objectives">
        <h2 id="tk-objectives">{t('tk.objectives')}</h2>
        <ul>
          {module.objectives.map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="tk-sessions">
        <h2 id="tk-sessions">{t('tk.sessions')}</h2>
        {module.sessions.map((session, index) => (
          <section key={session.title} className="card" aria-labelledby={`tk-session-${index}`}>
            <h3 id={`tk-session-${index}`}>
              {index + 1}. {session.title}{' '}
              <span className="muted">
                (<Minutes value={session.durationMinutes} />)
              </span>
            </h3>
            <table>
              <caption className="visually-hidden">{t('tk.activities')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('tk.activity')}</th>
                  <th scope="col">{t('tk.kind')}</th>
                  <th scope="col">{t('tk.duration')}</th>
                  <th scope="col">{t('tk.description')}</th>
                </tr>
              </thead>
              <tbody>
                {session.activities.map((activity) => (
                  <tr key={activity.title}>
                    <th scope="row">{activity.title}</th>
                    <td lang={lang}>{label('activity', activity.kind)}</td>
                    <td className="num">
                      <Minutes value={activity.durationMinutes} />
                    </td>
                    <td>
                      <Markdown text={activity.description} headingShift={3} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </section>
      <section className="card" aria-labelledby="tk-notes">
        <h2 id="tk-notes">{t('tk.notes')}</h2>
        <Markdown text={module.facilitatorNotes} headingShift={1} />
      </section>
      {module.resources.length ? (
        <section className="card" aria-labelledby="tk-resources">
          <h2 id="tk-resources">{t('tk.resources')}</h2>
          <ul>
            {module.resources.map((resource) => {
              const url = resource.url ? safeHref(resource.url) : undefined;
              return (
                <li key={resource.title}>
                  {url ? (
                    <a href={url} rel="noopener noreferrer" target="_blank">
                      {resource.title}
                    </a>
                  ) : (
                    resource.title
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {module.quiz.length ? (
        <section className="card" aria-labelledby="tk-quiz">
          <h2 id="tk-quiz">{t('tk.quiz')}</h2>
          <ol className="quiz">
            {module.quiz.map((question) => (
              <li key={question.question}>
                <p>{question.question}</p>
                <ol type="a">
                  {question.options.map((option) => (
                    <li key={option}>{option}</li>
                  ))}
                </ol>
                <details>
                  <summary lang={lang}>{t('tk.answer')}</summary>
                  <p>
                    <strong>{question.options[question.answerIndex]}</strong>
                    {question.explanation ? ` — ${question.explanation}` : ''}
                  </p>
                </details>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </article>
  );
}
