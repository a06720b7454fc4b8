// "Tác giả": the byline as a list of authors (a name, a role, or both) in order, and an
// optional dateline. Stored in the meta map; the byline line in the article follows it.
import { useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { metaKeys, nodeNames, type BylineAuthor } from '../../electron/contract/article/articleNames';
import { toNfc } from '../../electron/contract/text/normalize';
import { Icon } from '../ui/Icon';
import { bylineLine, cleanAuthors, parseByline, writeBylineNode } from './bylineText';
import { asText, useMetaValue } from './useMetaValue';

interface BylinePanelProps {
  editor: Editor;
  doc: Y.Doc;
  names: string[];
  roles: string[];
}

const filled = (authors: BylineAuthor[]) => cleanAuthors(authors).filter((a) => a.name || a.role);

export function BylinePanel({ editor, doc, names, roles }: BylinePanelProps) {
  const { t } = useTranslation();
  const [stored, setStored] = useMetaValue(doc, metaKeys.byline, parseByline);
  const [dateline, setDateline] = useMetaValue(doc, metaKeys.dateline, asText);
  // A byline typed straight into the article (no list yet) starts the list as one author.
  const [rows, setRows] = useState<BylineAuthor[]>(() => {
    if (stored.length) return stored;
    const last = editor.state.doc.lastChild;
    const typed = last?.type.name === nodeNames.byline ? last.textContent.trim() : '';
    return [typed ? { name: typed } : {}];
  });
  const seen = useRef(stored);

  // A change from elsewhere (another copy merged, an undo) replaces what the panel shows.
  useEffect(() => {
    if (seen.current === stored) return;
    seen.current = stored;
    setRows((current) => (JSON.stringify(filled(current)) === JSON.stringify(stored) ? current : stored.length ? stored : [{}]));
  }, [stored]);

  const commit = (next: BylineAuthor[]) => {
    setRows(next);
    const authors = filled(next);
    if (JSON.stringify(authors) !== JSON.stringify(stored)) setStored(authors);
    writeBylineNode(editor, bylineLine(authors));
  };

  const change = (index: number, field: 'name' | 'role', value: string) =>
    commit(rows.map((row, i) => (i === index ? { ...row, [field]: toNfc(value) } : row)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    next.splice(index + by, 0, row);
    commit(next);
  };
  const remove = (index: number) => {
    const next = rows.filter((_, i) => i !== index);
    commit(next.length ? next : [{}]);
  };

  return (
    <div className="panel-stack" data-testid="byline-panel">
      <ol className="author-list">
        {rows.map((row, index) => (
          <li key={index} className="author-row" data-testid="byline-author">
            <span className="author-number" aria-hidden="true">{index + 1}</span>
            <div className="author-fields">
              <input
                type="text"
                list="byline-names"
                data-testid="byline-name"
                aria-label={t('furniture.byline.name', { n: index + 1 })}
                placeholder={t('furniture.byline.namePlaceholder')}
                value={row.name ?? ''}
                onChange={(event) => change(index, 'name', event.target.value)}
              />
              <input
                type="text"
                list="byline-roles"
                data-testid="byline-role"
                aria-label={t('furniture.byline.role', { n: index + 1 })}
                placeholder={t('furniture.byline.rolePlaceholder')}
                value={row.role ?? ''}
                onChange={(event) => change(index, 'role', event.target.value)}
              />
            </div>
            <div className="author-actions">
              <button type="button" className="icon-button" aria-label={t('furniture.byline.up')} title={t('furniture.byline.up')} disabled={index === 0} onClick={() => move(index, -1)}>
                <Icon name="up" />
              </button>
              <button type="button" className="icon-button" aria-label={t('furniture.byline.down')} title={t('furniture.byline.down')} disabled={index === rows.length - 1} onClick={() => move(index, 1)}>
                <Icon name="down" />
              </button>
              <button type="button" className="icon-button icon-button-danger" data-testid="byline-remove" aria-label={t('furniture.byline.remove')} title={t('furniture.byline.remove')} onClick={() => remove(index)}>
                <Icon name="close" />
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className="button-secondary button-small" data-testid="byline-add" onClick={() => setRows([...rows, {}])}>
        <Icon name="plus" />
        {t('furniture.byline.add')}
      </button>
      <p className="panel-hint">{t('furniture.byline.hint')}</p>
      <div className="panel-preview" data-testid="byline-preview">
        <span className="panel-label">{t('furniture.byline.preview')}</span>
        <span>{bylineLine(filled(rows)) || <span className="muted">{t('furniture.byline.none')}</span>}</span>
      </div>
      <label className="panel-field">
        <span className="panel-label">{t('furniture.byline.dateline')}</span>
        <input
          type="text"
          data-testid="byline-dateline"
          placeholder={t('furniture.byline.datelinePlaceholder')}
          value={dateline}
          onChange={(event) => setDateline(toNfc(event.target.value))}
        />
      </label>
      <datalist id="byline-names">
        {names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <datalist id="byline-roles">
        {roles.map((role) => (
          <option key={role} value={role} />
        ))}
      </datalist>
    </div>
  );
}
