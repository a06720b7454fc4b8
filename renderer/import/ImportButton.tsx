// "Nhập bài": pick a .txt or .docx file to turn into a new article.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../ui/Icon';
import { IMPORT_ACCEPT } from './useArticleImport';

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
      <input
        ref={input}
        type="file"
        accept={IMPORT_ACCEPT}
        hidden
        data-testid="import-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = ''; // the same file again must import again
          if (file) onFile(file);
        }}
      />
    </>
  );
}
