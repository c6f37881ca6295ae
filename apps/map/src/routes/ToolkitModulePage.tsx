import { useId, useState } from 'react';
import { useParams } from 'react-router';
import { type ToolkitList, type ToolkitModule, type ToolkitModuleLookup, useJson } from '../api.js';
import { type MessageKey, useI18n } from '../i18n.js';
import { inline, Markdown } from '../markdown.js';
import { languageName } from '../names.js';
import { AppLink, Section, Status } from '../ui.js';

/** One quiz question: the answer is checked here, in the browser; nothing is sent. */
function QuizQuestion({ item, number }: { item: ToolkitModule['quiz'][number]; number: number }) {
  const { t, lang } = useI18n();
  const id = useId();
  const [chosen, setChosen] = useState<number | null>(null);
  const [checked, setChecked] = useState<'none' | 'empty' | 'done'>('none');
  const right = chosen === item.answerIndex;
  return (
    <li className="quiz-question">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setChecked(chosen === null ? 'empty' : 'done');
        }}
      >
        <fieldset>
          <legend>
            <span className="quiz-number">{number}.</span> {item.question}
          </legend>
          {item.options.map((option, index) => (
            <label key={option} className="quiz-option">
              <input
                type="radio"
                name={id}
                value={index}
                checked={chosen === index}
                onChange={() => {
                  setChosen(index);
                  setChecked('none');
                }}
              />{' '}
              {option}
            </label>
          ))}
        </fieldset>
        <button type="submit" lang={lang}>
          {t('checkAnswer')}
        </button>
        <div className="quiz-feedback" role="status" aria-live="polite" lang={lang}>
          {checked === 'empty' && <p>{t('chooseFirst')}</p>}
          {checked === 'done' && (
            <p className={right ? 'quiz-right' : 'quiz-wrong'} data-result={right ? 'right' : 'wrong'}>
              <strong>
                {right ? t('correct') : t('incorrect', { answer: item.options[item.answerIndex] ?? '' })}
              </strong>
              {item.explanation ? <> {item.explanation}</> : null}
            </p>
          )}
        </div>
      </form>
    </li>
  );
}

export default function ToolkitModulePage() {
  const { slug = '' } = useParams();
  const { t, lang, duration } = useI18n();
  const lookup = useJson<ToolkitModuleLookup>(
    `/api/v1/toolkit/modules/${encodeURIComponent(slug)}?lang=${lang}`,
  );
  const list = useJson<ToolkitList>(`/api/v1/toolkit/modules?lang=${lang}`);
  const data = lookup.data;
  const module = data?.module;
  const track = module ? list.data?.tracks.find((item) => item.id === module.track) : undefined;
  // The content's own language, marked when it differs from the interface (a fallback to English).
  const contentLang = data && data.language !== lang ? data.language : undefined;
  return (
    <div className="page toolkit-module-page">
      <p>
        <AppLink to="/toolkit">← {t('allModules')}</AppLink>
      </p>
      <Status loading={(lookup.loading && !data) || (list.loading && !list.data)} error={lookup.error} />
      {/* Shown once the track list is in too: its title fills a row at the top. */}
      {data && module && (list.data || list.error) && (
        <article>
          <h1 tabIndex={-1} lang={contentLang}>
            {module.title}
          </h1>
          {data.isFallback && (
            <p className="notice" role="note" lang={lang}>
              {t('fallbackNotice', {
                lang: languageName(lang, lang, true),
                shown: languageName(data.language, lang, true),
              })}
            </p>
          )}
          {data.outdated && (
            <p className="notice" role="note" lang={lang}>
              {t('outdatedNotice', { version: data.source.version })}
            </p>
          )}
          <dl className="facts-grid module-facts">
            {track && (
              <>
                <dt>{t('track')}</dt>
                <dd lang={track.language === lang ? undefined : track.language}>
                  <AppLink to="/toolkit">{track.title}</AppLink>
                </dd>
              </>
            )}
            <dt>{t('duration')}</dt>
            <dd>{duration(module.durationMinutes)}</dd>
            <dt>{t('audience')}</dt>
            <dd lang={contentLang}>{module.audience}</dd>
          </dl>
          <Section title={t('objectives')}>
            <ul lang={contentLang}>
              {module.objectives.map((objective) => (
                <li key={objective}>{objective}</li>
              ))}
            </ul>
          </Section>
          <Section title={t('sessions')}>
            {module.sessions.map((session, index) => (
              <div key={session.title} className="session" lang={contentLang}>
                <h3>
                  {index + 1}. {session.title}{' '}
                  <span className="meta">({duration(session.durationMinutes)})</span>
                </h3>
                <ol className="activities">
                  {session.activities.map((activity) => (
                    <li key={activity.title}>
                      <h4>{activity.title}</h4>
                      <p className="meta">
                        <span className="badge" lang={contentLang ? lang : undefined}>
                          {t(`kind_${activity.kind}` as MessageKey)}
                        </span>{' '}
                        {duration(activity.durationMinutes)}
                      </p>
                      <p>{inline(activity.description)}</p>
                    </li>
                  ))}
                </ol>
              </div>
            ))}
          </Section>
          {module.facilitatorNotes && (
            <Section title={t('facilitatorNotes')}>
              <div lang={contentLang}>
                <Markdown source={module.facilitatorNotes} baseLevel={3} />
              </div>
            </Section>
          )}
          {module.resources.length > 0 && (
            <Section title={t('resources')}>
              <ul lang={contentLang}>
                {module.resources.map((resource) => (
                  <li key={resource.title}>
                    {resource.url && /^https?:\/\//i.test(resource.url) ? (
                      <a href={resource.url} rel="noopener noreferrer">
                        {resource.title}
                      </a>
                    ) : (
                      resource.title
                    )}
                  </li>
                ))}
              </ul>
            </Section>
          )}
          {module.quiz.length > 0 && (
            <section className="card quiz" aria-labelledby="quiz-title">
              <h2 id="quiz-title">{t('quizTitle')}</h2>
              <p>{t('quizIntro')}</p>
              <ol className="quiz-list" lang={contentLang}>
                {module.quiz.map((item, index) => (
                  <QuizQuestion key={item.question} item={item} number={index + 1} />
                ))}
              </ol>
            </section>
          )}
          <p>
            <a href={`/api/v1/toolkit/tracks/${module.track}/pack?lang=${lang}`}>{t('facilitatorPack')}</a>
          </p>
        </article>
      )}
    </div>
  );
}
