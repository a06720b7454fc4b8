// Body headings are h2 and h3 only (the headline is the page's h1). A heading pasted from
// a web page as <h1> becomes an h2 rather than fighting the headline for its place.
import Heading from '@tiptap/extension-heading';

export const BodyHeading = Heading.extend({
  parseHTML() {
    return [...(this.parent?.() ?? []), { tag: 'h1', attrs: { level: 2 } }];
  },
}).configure({ levels: [2, 3] });
