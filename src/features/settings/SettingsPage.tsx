import { Link, useI18n } from '../../ui';
import { BulletinFormatSettings } from './bulletin/BulletinFormatSettings';
import { DataSourceSettings } from './data-source/DataSourceSettings';
import { SchemeSettings } from './scheme/SchemeSettings';

const SECTIONS = ['source', 'scheme', 'bulletin'] as const;
type Section = (typeof SECTIONS)[number];
const SECTION_TITLES = { source: 'settings.section.source', scheme: 'settings.section.scheme', bulletin: 'settings.section.bulletin' } as const;

/** 设置: where the data comes from (the configured source or the staff's own file), the scheme, the bulletin's 公文 format. */
export function SettingsPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const section: Section = (SECTIONS as readonly string[]).includes(params.section ?? '') ? (params.section as Section) : 'source';
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title" className="page-title">
        {t('nav.settings')}
      </h2>
      <nav aria-label={t('nav.settings')} className="toolbar">
        {SECTIONS.map((item) => (
          <Link key={item} to={`/settings/${item}`} aria-current={item === section ? 'page' : undefined}>
            {t(SECTION_TITLES[item])}
          </Link>
        ))}
      </nav>
      {section === 'source' ? <DataSourceSettings /> : section === 'scheme' ? <SchemeSettings /> : <BulletinFormatSettings />}
    </section>
  );
}
