// The words `soan --help` and `soan <command> --help` print.

export const commandHelp: Record<string, string> = {
  import: `soan import <file.txt|file.docx> --library <dir>
  Import an article (plain text in the newsroom's reference format, or Word .docx) into the
  library as a new article, and print its id. The library folder is created if missing.`,
  export: `soan export <id> --library <dir> --out <dir> [--zip] [--override "<reason>"]
  Write the article's HTML package (index.html, images/, article.ninjs.json) into <dir> and
  print the package folder's path (and the zip's, with --zip). An article with blocking
  pre-flight items (no headline, no body, open comments, pending suggestions) is refused
  unless --override gives the reason, which is recorded in the article's export log. The
  command line acts as the desk, the one role allowed to override.`,
  list: `soan list --library <dir> [--json]
  List the library's articles, newest change first: id, last change, words, headline.`,
  check: `soan check <file.txt|id> [--library <dir>] [--json]
  Spelling and house-style checks. For a .txt file, offsets are into the file's NFC text;
  for an article id (with --library), into the article's plain text (article.json "text").
  --json prints an array of {rule, severity, message, text, from, to, suggestions}.`,
  convert: `soan convert <file> [--from auto|tcvn3|vni|viqr]
  Print the file's text as Unicode NFC, converting a legacy Vietnamese encoding (TCVN3/ABC,
  VNI, VIQR). auto (default) converts only when the text clearly is in one.`,
  send: `soan send <id> --library <dir> --out <dir> [--since <received.soan>]
  Write the article as one <slug>.soan package into <dir> and print its path: the article
  with its comments, suggestions, workflow log, photos and history, to open in another
  library. With --since, a package received from the person it goes to: only what they
  lack is sent (smaller; they must still have that article).`,
  open: `soan open <file.soan> --library <dir> [--json]
  Open a package: a new article comes in, or the library's copy of it merges with the
  package's (opening it again changes nothing). Prints what came in from whom and every
  case to look at (text kept from a deleted paragraph, two edits at one place, a value set
  differently on both sides, a comment whose words are gone); --json prints the report.
  A damaged or hostile package is refused and the library is left as it was.`,
  server: `soan server --config <soan-server.json>
  Run the newsroom's sync server (the same as npm run server) until Ctrl+C or SIGTERM. The
  config file (JSON) gives "port", "host" (default 127.0.0.1), "dataFolder" (the SQLite file;
  relative to the config file), "users" — each {"name", "role", "token"}, role one of
  reporter, editor, desk, reviewer (comments and suggestions only) — and, to run several
  instances, "postgres": {"url"} and "redis": {"host", "port"}. See README, "Sync server".`,
  language: `soan language learn <folder> | forget | show
  The newsroom's own language model, which the spelling checks (the app's and soan check) add
  to the bundled one. learn reads every .txt, .md, .html under <folder> (legacy TCVN3/VNI
  text converted) and, in a Soạn library, the articles an editor approved or exported; it adds
  the articles not learnt before. forget removes the model; show says what it holds. It is kept
  in the app's user-data folder ($SOAN_USER_DATA, else Electron's: ~/.config/Soạn,
  %APPDATA%\Soạn, ~/Library/Application Support/Soạn), language/ngrams-newsroom.vi.bin.gz.`,
  search: `soan search "<query>" --library <dir> [--json] [--limit <n>]
  Full-text search over headline, sapo, body, captions, tags and authors; diacritics are
  folded ("ha tinh" finds "Hà Tĩnh") and exact matches rank first.`,
};

export const generalHelp = `soan — Soạn's command line (desk automation)

Usage: soan <command> [options]

Commands:
  import   import a .txt or .docx file as a new article
  export   write an article's HTML package
  list     list the articles of a library
  check    spelling and house-style checks on a .txt file or an article
  convert  legacy Vietnamese encodings (TCVN3, VNI, VIQR) → Unicode
  search   search a library
  send     write an article as a .soan package for another library
  open     open a .soan package (a new article, or merged with the library's copy)
  server   run the newsroom's sync server
  language learn the newsroom's archive into its spelling model, or forget it

Run \`soan <command> --help\` for a command's options.
The CLI writes as $SOAN_USER (else your login name). It opens the library itself and
refuses, exit code 3, when Soạn already has it open. Exit codes: 0 done, 1 failed,
2 wrong usage, 3 library in use.`;
