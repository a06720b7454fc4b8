// "Nhập bài": pick a .txt or .docx file to turn into a new article.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../ui/Icon';
import { IMPORT_ACCEPT } from './useArticleImport';
import { HiddenFilePicker } from '../ui/HiddenFilePicker';

interface ImportButtonProps {
  busy: boolean;
  onFile: (file: File) => void;
}

export function ImportButton({ busy, onFile }: ImportButtonProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="button-secondary"
        data-testid="import-article"
        title={t('import.hint')}
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        <Icon name="fileImport" />
        {busy ? t('import.running') : t('import.button')}
      </button>
      <HiddenFilePicker ref={input} accept={IMPORT_ACCEPT} testId="import-file-input" onFiles={([file]) => onFile(file!)} />
    </>
  );
}
