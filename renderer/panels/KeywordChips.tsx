// Free keywords as chips: Enter or a comma adds one, the × removes it; the library's
// keywords are offered as you type.
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toNfc } from '../../electron/contract/text/normalize';
import { Icon } from '../ui/Icon';

interface KeywordChipsProps {
  keywords: string[];
  suggestions: string[];
  onChange: (keywords: string[]) => void;
}

export function KeywordChips({ keywords, suggestions, onChange }: KeywordChipsProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');

  const add = (text: string) => {
    const keyword = toNfc(text).trim().replace(/\s+/g, ' ');
    setDraft('');
    if (!keyword) return;
    const known = keywords.some((k) => k.toLocaleLowerCase('vi') === keyword.toLocaleLowerCase('vi'));
    if (!known) onChange([...keywords, keyword]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add(draft);
    } else if (event.key === 'Backspace' && draft === '' && keywords.length) {
      onChange(keywords.slice(0, -1));
    }
  };

  return (
    <div className="chips" data-testid="keyword-chips">
      {keywords.map((keyword) => (
        <span key={keyword} className="chip" data-testid="keyword-chip">
          {keyword}
          <button
            type="button"
            className="chip-remove"
            aria-label={t('furniture.tags.removeKeyword', { keyword })}
            onClick={() => onChange(keywords.filter((k) => k !== keyword))}
          >
            <Icon name="close" />
          </button>
        </span>
      ))}
      <input
        type="text"
        list="keyword-suggestions"
        data-testid="keyword-input"
        aria-label={t('furniture.tags.keywords')}
        placeholder={keywords.length ? '' : t('furniture.tags.keywordPlaceholder')}
        value={draft}
        onChange={(event) => {
          const value = event.target.value;
          // A suggestion picked from the list arrives whole: take it at once.
          if (suggestions.includes(value) && value.length > draft.length + 1) add(value);
          else setDraft(value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => add(draft)}
      />
      <datalist id="keyword-suggestions">
        {suggestions
          .filter((s) => !keywords.includes(s))
          .map((s) => (
            <option key={s} value={s} />
          ))}
      </datalist>
    </div>
  );
}
