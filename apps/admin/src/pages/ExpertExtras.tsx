import { type ExpertDetailResponse, fieldErrors } from '@regin/api-contract';
import { useEffect, useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, withQuery } from '../api.js';
import { localized, useI18n } from '../i18n/index.js';
import { ErrorBox } from '../ui.js';

interface PracticeHit {
  id: string;
  title: unknown;
  regionCodes: string[];
}

/**
 * The practices an expert was involved in. Staff see every link (`practiceIds`), the public only the published
 * ones, so links to unpublished practices are listed too and kept when the list is saved.
 */
export function ExpertPractices({
  expert,
  editable,
  onSaved,
}: {
  expert: ExpertDetailResponse;
  editable: boolean;
  onSaved: () => void;
}) {
  const { t, lang, href } = useI18n();
  const [linked, setLinked] = useState<string[]>(expert.practiceIds);
  // Titles of the published linked practices, and of those linked in this session.
  const [titles, setTitles] = useState(
    () => new Map<string, PracticeHit>(expert.practices.map((practice) => [practice.id, practice])),
  );
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<PracticeHit[]>([]);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [message, setMessage] = useState('');
  const searchId = useId();
  // What the API holds: the Save button waits for a change to it.
  const [stored, setStored] = useState(expert.practiceIds.join());

  useEffect(() => {
    const text = query.trim();
    if (text.length < 2) {
      setHits([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      api<{ items: PracticeHit[] }>('GET', withQuery('/api/v1/practices', { q: text, lang, limit: 8 })).then(
        (page) => live && setHits(page.items),
        () => live && setHits([]),
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, lang]);

  async function save() {
    setFailure(undefined);
    setMessage('');
    try {
      await api('PUT', `/api/v1/experts/${expert.id}/practices`, { practiceIds: linked });
      setStored(linked.join());
      setMessage(t('ex.linksSaved'));
      onSaved();
    } catch (caught) {
      setFailure(caught);
      const fields = fieldErrors(caught);
      if (Object.keys(fields).length) setMessage(Object.values(fields).join(' '));
    }
  }

  const titleOf = (id: string) => {
    const practice = titles.get(id);
    return practice ? localized(practice.title, lang) : t('ex.unpublishedPractice');
  };
  if (!editable && linked.length === 0) return null;
  return (
    <section className="card" aria-labelledby="ex-practices">
      <h2 id="ex-practices">{t('ex.practices')}</h2>
      {linked.length === 0 ? <p className="muted">{t('ex.noPractices')}</p> : null}
      <ul className="linked-practices">
        {linked.map((id) => (
          <li key={id}>
            <Link to={href(`/practices/${id}`)}>{titleOf(id)}</Link>{' '}
            <span className="muted">{titles.get(id)?.regionCodes.join(', ')}</span>
            {editable ? (
              <button type="button" onClick={() => setLinked(linked.filter((item) => item !== id))}>
                {t('as.remove')}
                <span className="visually-hidden"> {titleOf(id)}</span>
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <>
          <div className="field">
            <label htmlFor={searchId}>{t('ex.findPractice')}</label>
            <input
              id={searchId}
              type="search"
              value={query}
              autoComplete="off"
              onChange={(event) => setQuery(event.target.value)}
            />
          </div>
          {hits.length ? (
            <ul className="practice-hits" aria-label={t('ex.findPractice')}>
              {hits.map((hit) => {
                const chosen = linked.includes(hit.id);
                return (
                  <li key={hit.id}>
                    {localized(hit.title, lang)} <span className="muted">{hit.regionCodes.join(', ')}</span>{' '}
                    <button
                      type="button"
                      disabled={chosen}
                      onClick={() => {
                        setTitles(new Map(titles).set(hit.id, hit));
                        setLinked([...linked, hit.id]);
                      }}
                    >
                      {chosen ? t('ex.linked') : t('ex.link')}
                      <span className="visually-hidden"> {localized(hit.title, lang)}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          ) : null}
          <div className="buttons">
            <button
              type="button"
              className="primary"
              disabled={linked.join() === stored}
              onClick={() => void save()}
            >
              {t('ex.saveLinks')}
            </button>
            <span role="status">{message}</span>
          </div>
          <ErrorBox error={failure} />
        </>
      ) : null}
    </section>
  );
}

/** Admins answer a person's GDPR requests: everything stored about them as a file, and erasure. */
export function ExpertPersonalData({ expertId, name }: { expertId: string; name: string }) {
  const { t, href } = useI18n();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);

  async function erase() {
    if (!confirming) {
      setConfirming(true);
      return;
    }
    setFailure(undefined);
    try {
      await api('POST', `/api/v1/experts/${expertId}/erase`);
      navigate(href('/experts'), { state: { message: t('ex.erased', { name }) } });
    } catch (caught) {
      setFailure(caught);
    }
  }

  return (
    <section className="card" aria-labelledby="ex-gdpr">
      <h2 id="ex-gdpr">{t('ex.gdpr')}</h2>
      <p>{t('ex.gdprIntro')}</p>
      <div className="buttons">
        <a className="button" href={`/api/v1/experts/${expertId}/personal-data`} download>
          {t('ex.gdprExport')}
        </a>
        <button type="button" className="danger" onClick={() => void erase()}>
          {confirming ? t('ex.confirmErase', { name }) : t('ex.erase')}
        </button>
      </div>
      {confirming ? <p className="hint">{t('ex.eraseHint')}</p> : null}
      <ErrorBox error={failure} />
    </section>
  );
}
