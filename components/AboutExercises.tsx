import { HELPLINE_DIRECTORY } from '@/lib/helpline';
import { t } from '@/lib/i18n';

/** Where the exercises come from, what they are not, and where to find more support. */
export function AboutExercises({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="about-exercises">
      <Heading id="about-exercises">{t('aboutTitle')}</Heading>
      <p>{t('aboutIdeas')}</p>
      <p>{t('aboutParts')}</p>
      <p>{t('aboutSource')}</p>
      <p>{t('aboutOwnWords')}</p>
      <p>{t('aboutLearns')}</p>
      <p>
        <strong>{t('aboutScope')}</strong>
      </p>
      <p>{t('aboutOldPain')}</p>
      <p>
        {/* A new tab, so the options page stays where the user left it. */}
        <a href={HELPLINE_DIRECTORY} target="_blank" rel="noreferrer">
          {t('aboutHelpLink')}
        </a>
      </p>
    </section>
  );
}
