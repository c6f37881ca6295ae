import type { ReactNode } from 'react';
import { NavLink, useLocation, useNavigate } from 'react-router';
import { useAuth } from './auth.js';
import type { MessageKey } from './i18n/en.js';
import { UI_LANGUAGES, useI18n } from './i18n/index.js';

export function Layout({ children }: { children: ReactNode }) {
  const { user, can, logout } = useAuth();
  const { t, href, lang } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  if (!user) return null;
  const links: { to: string; key: MessageKey; show: boolean }[] = [
    { to: '/', key: 'nav.dashboard', show: true },
    { to: '/assessments', key: 'nav.assessments', show: true },
    { to: '/moderation', key: 'nav.moderation', show: can('coordinator', 'moderator') },
    { to: '/practices', key: 'nav.practices', show: true },
    { to: '/frameworks', key: 'nav.frameworks', show: true },
    { to: '/outcomes', key: 'nav.outcomes', show: can('coordinator') },
    { to: '/actions', key: 'nav.actions', show: true },
    { to: '/experts', key: 'nav.experts', show: true },
    { to: '/regions', key: 'nav.regions', show: true },
    { to: '/toolkit', key: 'nav.toolkit', show: true },
    { to: '/audit', key: 'nav.audit', show: can('coordinator') },
    { to: '/users', key: 'nav.users', show: can('admin') },
    { to: '/backup', key: 'nav.backup', show: can('admin') },
  ];
  const switchLanguage = (next: string) => {
    const params = new URLSearchParams(location.search);
    if (next === 'en') params.delete('lang');
    else params.set('lang', next);
    const search = params.toString();
    navigate(`${location.pathname}${search ? `?${search}` : ''}`);
  };
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="top">
        <div className="brand">{t('app.title')}</div>
        <nav aria-label={t('nav.main')}>
          <ul className="nav-links">
            {links
              .filter((link) => link.show)
              .map((link) => (
                <li key={link.to}>
                  <NavLink to={href(link.to)} end={link.to === '/'}>
                    {t(link.key)}
                  </NavLink>
                </li>
              ))}
          </ul>
        </nav>
        <div className="session">
          <label>
            <span className="visually-hidden">{t('app.language')}</span>
            <select value={lang} onChange={(event) => switchLanguage(event.target.value)}>
              {UI_LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {code === 'en' ? 'English' : 'Català'}
                </option>
              ))}
            </select>
          </label>
          <NavLink className="who" to={href('/account')} title={t('nav.account')}>
            {t('auth.signedInAs', { name: user.name })}
            <small>
              {' '}
              ({user.roles.map((role) => t(`role.${role}` as MessageKey)).join(', ')}
              {user.regions.length ? ` · ${user.regions.join(', ')}` : ''})
            </small>
          </NavLink>
          <button type="button" onClick={() => void logout()}>
            {t('auth.signOut')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
