/**
 * The A4 preview of a Doc (/doc/<id>): splits the flowing content into A4 sheets on screen
 * (between blocks: a paragraph taller than what is left moves to the next sheet whole),
 * and the "In" button. Printing does not depend on it: `@page` gives the browser the size
 * and margins.
 */
const PX_PER_PT = 96 / 72;

function paginate(): void {
  const pages = document.getElementById('pages');
  const flow = document.getElementById('flow');
  if (!pages || !flow) return;
  const limit = Number(pages.dataset.contentHeight) * PX_PER_PT;
  if (!(limit > 0)) return;
  const blocks = Array.from(flow.children) as HTMLElement[];
  const firstPage = flow.parentElement as HTMLElement;
  let content = flow;
  const newPage = () => {
    const page = firstPage.cloneNode(false) as HTMLElement;
    const box = flow.cloneNode(false) as HTMLElement;
    box.removeAttribute('id');
    page.append(box);
    pages.append(page);
    content = box;
  };
  flow.replaceChildren();
  let breakNext = false;
  for (const block of blocks) {
    if (breakNext && content.children.length) newPage();
    breakNext = block.dataset.break === 'after';
    content.append(block);
    if (content.getBoundingClientRect().height > limit && content.children.length > 1) {
      block.remove();
      newPage();
      content.append(block);
    }
  }
  pages.querySelectorAll('.page').forEach((p, i) => p.setAttribute('data-page', String(i + 1)));
  document.body.dataset.paginated = 'true';
}

document.getElementById('print')?.addEventListener('click', () => window.print());
if (document.fonts?.ready) void document.fonts.ready.then(paginate);
else paginate();
