// Reading time for the article, and syllables, characters and reading time for the
// selection, in the status bar.
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { countCharacters, countWords } from '../../electron/contract/text/wordCount';
import { formatNumber } from '../i18n/formatTime';
import { readingTime, DEFAULT_READING_RATE, type ReadingTime } from './readingTime';
import { useLanguageDesk } from './useLanguageDesk';

interface SelectionCount {
  words: number;
  characters: number;
}

export function ReadingStats({ editor, articleWords }: { editor: Editor; articleWords: number }) {
  const { t } = useTranslation();
  const { settings } = useLanguageDesk(editor);
  const rate = settings?.newsroom.readingRate ?? DEFAULT_READING_RATE;
  const selection = useEditorState({
    editor,
    selector: ({ editor: e }): SelectionCount | null => {
      const { from, to, empty } = e.state.selection;
      if (empty) return null;
      const text = e.state.doc.textBetween(from, to, '\n', '\n');
      return { words: countWords(text), characters: countCharacters(text) };
    },
    equalityFn: (a, b) => a?.words === b?.words && a?.characters === b?.characters,
  });
  const say = (time: ReadingTime) => t(`language.stats.${time.unit}`, { count: time.value, formatted: formatNumber(time.value) });
  const article = readingTime(articleWords, rate);

  return (
    <>
      <span className="statusbar-sep" aria-hidden="true">·</span>
      <span data-testid="reading-time" data-syllables={articleWords} data-rate={rate} title={t('language.stats.rate', { rate })}>
        {t('language.stats.reading', { time: say(article) })}
      </span>
      {selection && (
        <>
          <span className="statusbar-sep" aria-hidden="true">·</span>
          <span className="selection-count" data-testid="selection-count" data-count={selection.words} data-characters={selection.characters}>
            {t('language.stats.selection', {
              words: formatNumber(selection.words),
              characters: formatNumber(selection.characters),
              time: say(readingTime(selection.words, rate)),
            })}
          </span>
        </>
      )}
    </>
  );
}
