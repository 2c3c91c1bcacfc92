import { exerciseText, t } from '@/lib/i18n';

interface Props {
  favourites: readonly string[];
  onRemove: (id: string) => void;
}

export function FavouritesList({ favourites, onRemove }: Props) {
  const known = favourites.filter((id) => exerciseText(id));
  if (known.length === 0) return <p class="hint">{t('noFavourites')}</p>;
  return (
    <ul class="favourites">
      {known.map((id) => {
        const title = exerciseText(id)?.title ?? id;
        return (
          <li key={id}>
            {title}{' '}
            <button
              type="button"
              class="quiet"
              aria-label={t('removeFavourite', { title })}
              onClick={() => onRemove(id)}
            >
              ×
            </button>
          </li>
        );
      })}
    </ul>
  );
}
