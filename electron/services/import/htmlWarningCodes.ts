// The notices of the HTML conversion (paste, and .docx through mammoth's HTML) about text
// that could not come in exactly as the reporter saw it. Listed with the other import
// notices in importedArticle.importWarningCodes.
export const htmlWarningCodes = [
  'import-tracked-deletion-left-out', // params.text: text Word showed as a tracked deletion, left out
  'import-strike-kept', // params.text: struck-out text, kept as ordinary text (the article has no strike)
  'import-script-kept-on-line', // params.text: superscript/subscript with no raised/lowered form, kept on the line
  'import-symbol-unknown', // params.text: a sign in a symbol font with no known Unicode character, kept as it came
  'import-link-relative-dropped', // params.href: a link naming no site ("/tin-tuc/bai.html"), dropped, text kept
  'import-link-local-file-dropped', // params.href: a link to a file on the sender's computer, dropped, text kept
  'import-image-browser-only', // params.alt: a blob: picture (only in the copying page's memory): placeholder
  'import-small-images-left-out', // params.count: images under 48 px (icons, buttons), left out
  'import-table-merged-cells', // params.count: merged cells of a flattened table, written once, their other places left empty
  'import-hidden-text-left-out', // params.text: text Word hides (Font › Hidden), left out
] as const;
