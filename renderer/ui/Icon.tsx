// Line icons for the toolbar and the library, drawn inline (the CSP allows no outside images).
import type { ReactElement } from 'react';

const paths: Record<string, ReactElement> = {
  undo: <path d="M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />,
  redo: <path d="m15 14 5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />,
  bold: <path d="M7 5h6a3.5 3.5 0 0 1 0 7H7zM7 12h7a3.5 3.5 0 0 1 0 7H7z" />,
  italic: <path d="M10 5h8M6 19h8M14 5l-4 14" />,
  quote: (
    <path d="M7 7h4v4c0 3-1.5 5-4 6M14 7h4v4c0 3-1.5 5-4 6M7 7v4h4M14 7v4h4" />
  ),
  bulletList: <path d="M9 6h11M9 12h11M9 18h11M4.5 6h.01M4.5 12h.01M4.5 18h.01" />,
  orderedList: <path d="M10 6h10M10 12h10M10 18h10M4 5l1.5-1v5M3.8 14.2a1.3 1.3 0 0 1 2.4.8L4 18h2.5" />,
  link: <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1.2 1.2M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1.2-1.2" />,
  image: (
    <path d="M4 5h16v14H4zM4 16l5-5 4 4 2.5-2.5L20 17M15.5 9.5h.01" />
  ),
  byline: <path d="M4 19h9M15 5l4 4-8.5 8.5H6.5v-4zM13 7l4 4" />,
  back: <path d="M15 18l-6-6 6-6" />,
  settings: (
    <path d="M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6zM19.4 13.5l1.6 1.2-2 3.4-1.9-.7a7 7 0 0 1-2 1.2L14.8 21h-4l-.3-2.4a7 7 0 0 1-2-1.2l-1.9.7-2-3.4 1.6-1.2a7 7 0 0 1 0-2.3L4.6 10l2-3.4 1.9.7a7 7 0 0 1 2-1.2l.3-2.1h4l.3 2.1a7 7 0 0 1 2 1.2l1.9-.7 2 3.4-1.6 1.2a7 7 0 0 1 0 2.3z" />
  ),
  plus: <path d="M12 5v14M5 12h14" />,
  trash: <path d="M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13M10 11v6M14 11v6" />,
  copy: <path d="M8 8h11v12H8zM5 16V4h11" />,
  pencil: <path d="M15 5l4 4L9 19H5v-4zM13 7l4 4" />,
  restore: <path d="M4 12a8 8 0 1 0 2.3-5.7M4 4v4h4" />,
  search: <path d="M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14zM20 20l-4-4" />,
  close: <path d="M6 6l12 12M18 6 6 18" />,
  warning: <path d="M12 4 2.5 20h19zM12 10v4M12 17h.01" />,
  up: <path d="M6 15l6-6 6 6" />,
  down: <path d="M6 9l6 6 6-6" />,
  publish: <path d="M12 15V4M7 9l5-5 5 5M5 15v5h14v-5" />,
  fileImport: <path d="M12 4v11M7 10l5 5 5-5M5 15v5h14v-5" />,
  folder: <path d="M3 6h6l2 2h10v11H3z" />,
  send: <path d="M21 3 10 14M21 3l-7 18-4-7-7-4z" />,
};

export type IconName = keyof typeof paths;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="18"
      height="18"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {paths[name]}
    </svg>
  );
}
