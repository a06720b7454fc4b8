// The file chooser behind a button: a hidden <input type="file"> the button clicks. Its value is
// cleared after each choice, so choosing the same file again is heard again.
import type { Ref } from 'react';

export function HiddenFilePicker({
  ref,
  accept,
  multiple = false,
  testId,
  onFiles,
}: {
  ref: Ref<HTMLInputElement>;
  accept: string;
  multiple?: boolean;
  testId: string;
  /** Never called with no file (the chooser closed without a choice). */
  onFiles: (files: File[]) => void;
}) {
  return (
    <input
      ref={ref}
      type="file"
      accept={accept}
      multiple={multiple}
      hidden
      data-testid={testId}
      onChange={(event) => {
        const files = Array.from(event.target.files ?? []);
        event.target.value = '';
        if (files.length > 0) onFiles(files);
      }}
    />
  );
}
