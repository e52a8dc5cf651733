import { Link, useI18n } from '../../ui';
import { DataSourceSettings } from './data-source/DataSourceSettings';
import { SchemeSettings } from './scheme/SchemeSettings';

const SECTIONS = ['source', 'scheme'] as const;
type Section = (typeof SECTIONS)[number];

/** 设置: where the data comes from (the configured source or the staff's own file) and the scheme. */
export function SettingsPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const section: Section = params.section === 'scheme' ? 'scheme' : 'source';
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title" className="page-title">
        {t('nav.settings')}
      </h2>
      <nav aria-label={t('nav.settings')} className="toolbar">
        {SECTIONS.map((item) => (
          <Link key={item} to={`/settings/${item}`} aria-current={item === section ? 'page' : undefined}>
            {t(item === 'source' ? 'settings.section.source' : 'settings.section.scheme')}
          </Link>
        ))}
      </nav>
      {section === 'source' ? <DataSourceSettings /> : <SchemeSettings />}
    </section>
  );
}
