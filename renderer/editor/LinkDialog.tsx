// Add, change or remove a link on the selection. Only web and e-mail addresses are
// accepted; anything else is explained in plain words instead of silently dropped.
import { useState } from 'react';
import type { Editor } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import { toNfc } from '../../electron/contract/text/normalize';
import { Dialog } from '../ui/Dialog';
import { checkLinkTarget } from './linkTarget';

export function LinkDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useTranslation();
  const existing = (editor.getAttributes('link').href as string | undefined) ?? '';
  const [value, setValue] = useState(existing);
  const [problem, setProblem] = useState<string | null>(null);

  const apply = () => {
    const check = checkLinkTarget(value);
    if (!check.ok) {
      setProblem(t(`editor.link.${check.reason}`));
      return;
    }
    const { empty } = editor.state.selection;
    if (empty && !editor.isActive('link')) {
      // Nothing selected: insert the address itself as the linked text.
      const text = toNfc(value.trim());
      editor
        .chain()
        .focus()
        .insertContent({ type: 'text', text, marks: [{ type: 'link', attrs: { href: check.href } }] })
        .unsetMark('link')
        .run();
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href: check.href }).run();
    }
    onClose();
  };

  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  };

  return (
    <Dialog
      title={existing ? t('editor.link.editTitle') : t('editor.link.addTitle')}
      onClose={() => {
        editor.commands.focus();
        onClose();
      }}
      onSubmit={apply}
      testId="link-dialog"
      actions={
        <>
          {existing && (
            <button type="button" className="button-quiet button-danger-text" onClick={remove} data-testid="link-remove">
              {t('editor.link.remove')}
            </button>
          )}
          <span className="spacer" />
          <button type="button" className="button-secondary" onClick={() => { editor.commands.focus(); onClose(); }}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button-primary" data-testid="link-confirm">
            {t('editor.link.apply')}
          </button>
        </>
      }
    >
      <label className="field">
        <span className="field-label">{t('editor.link.address')}</span>
        <input
          type="text"
          inputMode="url"
          autoFocus
          data-testid="link-input"
          value={value}
          placeholder="https://baohatinh.vn/…"
          aria-invalid={problem ? true : undefined}
          aria-describedby="link-problem"
          onChange={(event) => {
            setValue(event.target.value);
            setProblem(null);
          }}
        />
      </label>
      <p id="link-problem" className={problem ? "field-error" : "field-hint"} role={problem ? "alert" : undefined}>
        {problem ?? t('editor.link.hint')}
      </p>
    </Dialog>
  );
}
